package org.parity.plan;

/**
 * An action's link to a high impact action as others read it. {@code inferred}: Parity made the link
 * (from the indicators the action is meant to move) and no document or person has stated it;
 * {@code reason} says why.
 */
public record ActionHia(String code, boolean inferred, String reason) {}
