/**
 * The plan editor's Bean Validation constraints: text by the one text rule with the editor's messages, a
 * known standard, a number, a period, a real due date, and the choices that need the database (a theme of
 * the plan, a lead, sponsor and indicators of the plan's organisation, a milestone's indicator). Messages
 * are {@code {editor.error.*}} templates from messages.properties.
 */
package org.parity.plan.validation;
