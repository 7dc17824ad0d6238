/**
 * The people module's Bean Validation constraints: a personal API token's name and lifetime. Messages
 * are {@code {key}} templates from messages.properties.
 */
package org.parity.people.validation;
