package org.parity.people;

/** An OpenID provider configured for this installation: its id (in addresses) and the name people see. */
public record SsoProvider(String id, String name) {}
