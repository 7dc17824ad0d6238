/**
 * The people module's Bean Validation constraints: a free username, an acceptable password, roles
 * with the organisation or system they need, a line of text, a personal API token's name and
 * lifetime. Messages are {@code {key}} templates from messages.properties.
 */
package org.parity.people.validation;
