package org.parity.plan;

import java.util.List;

/** Text as the editor keeps it: stripped, blank as none, and a list one item per non-blank line. */
public final class TypedText {

    private TypedText() {}

    /** The text stripped, or null when blank. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
