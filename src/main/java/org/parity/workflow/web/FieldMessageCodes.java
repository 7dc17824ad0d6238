package org.parity.workflow.web;

import org.springframework.validation.DefaultMessageCodesResolver;

/**
 * Message codes that try one page sentence per field first ({@code prefix + field}, e.g.
 * task.error.percentComplete), so a page says what to enter in its own words whichever constraint or
 * conversion refused the value, and the API's problem details keep the constraint's message. Errors
 * added with codes of their own (four-eyes) and errors of the whole form are left as they are.
 */
final class FieldMessageCodes extends DefaultMessageCodesResolver {

    private final String prefix;

    FieldMessageCodes(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
        String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
        String[] withField = new String[codes.length + 1];
        withField[0] = prefix + field;
        System.arraycopy(codes, 0, withField, 1, codes.length);
        return withField;
    }
}
