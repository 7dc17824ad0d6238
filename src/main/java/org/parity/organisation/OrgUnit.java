package org.parity.organisation;

/** A care group, division or directorate of an organisation that an action can be aimed at. */
public record OrgUnit(Long id, String organisationCode, String code, String name, String kind) {}
