package org.parity.people;

/** A value of a provider's groups claim that gives a role in one organisation at single sign-on. */
public record RoleMapping(Long id, String provider, String claimValue, String organisationCode, Role role) {}
