package org.parity.common;

import java.util.Optional;

/**
 * The one rule for text people type or upload: no control characters (a multi-line text may hold line
 * breaks and tabs), no bidirectional overrides in a single-line value (they disguise what is shown), and
 * no longer than the column that keeps it. Answers what is wrong in words, or empty when it is fine.
 */
public final class TextRules {

    /** Codes, names, titles, periods: one line. */
    public static final int LINE = 200;
    /** Comments, narratives, notes: several paragraphs. */
    public static final int TEXT = 10_000;

    private TextRules() {}

    public static Optional<String> problem(String label, String value, int maxLength, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(label + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.getType(c) == Character.CONTROL && !(multiLine && lineBreak)) {
                return Optional.of(label + " contains a control character (code " + (int) c + ")");
            }
            if (!multiLine && (c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069')) {
                return Optional.of(label + " contains a right-to-left override character");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> line(String label, String value) {
        return problem(label, value, LINE, false);
    }

    public static Optional<String> text(String label, String value) {
        return problem(label, value, TEXT, true);
    }
}
