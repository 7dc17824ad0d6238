package org.parity.organisation;

/** An NHS trust as other modules see it: the tenant that owns plans, actions and figures. */
public record Organisation(String code, String name, String shortName, String aliases, String systemCode) {}
