package org.parity.progress;

/** Red, amber, green: always shown as a word as well as a colour. */
public enum Rag {
    GREEN,
    AMBER,
    RED
}
