package org.parity.common;

/**
 * A quirk a reader must see: a code from a small vocabulary and the reason in words.
 * Kept on plans, actions and figures rather than silently fixing what a document says.
 */
public record Flag(String code, String note) {

    public Flag {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a flag needs a code");
        }
    }

    public static Flag of(String code, String note) {
        return new Flag(code, note);
    }
}
