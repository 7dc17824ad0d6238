package org.parity.plan;

/** Red, amber, green: always shown as a word as well as a colour. */
public enum Rag { GREEN, AMBER, RED }
