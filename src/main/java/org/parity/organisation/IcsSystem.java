package org.parity.organisation;

/** An integrated care system: the organisations an ICS user may read. */
public record IcsSystem(String code, String name) {}
