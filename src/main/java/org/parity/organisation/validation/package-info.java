/** The organisation module's Bean Validation constraints: a unit's name by the one text rule. */
package org.parity.organisation.validation;
