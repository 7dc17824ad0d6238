/**
 * The workflow module's Bean Validation constraints for what people type into task forms, the
 * withdrawal reason and a reporting cycle's request: a choice spelt exactly, a whole number in a range,
 * a future date, a comment to return, a new date or completion, a known reporting standard. Messages are
 * {@code {key}} templates from messages.properties.
 */
package org.parity.workflow.validation;
