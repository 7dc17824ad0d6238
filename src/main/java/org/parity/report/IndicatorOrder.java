package org.parity.report;

import java.util.Comparator;
import java.util.List;
import org.parity.indicator.Indicator;

/** The order boards read indicators in: national standards first, then each standard's own, codes as numbers. */
final class IndicatorOrder {

    private static final List<String> STANDARDS = List.of("WRES", "WDES", "GPG", "EDI");

    /** National indicators before an organisation's local ones within each standard. */
    static final Comparator<Indicator> FOR_REPORT = Comparator.comparingInt(
                    (Indicator i) -> standardOrder(i.standardCode()))
            .thenComparing(Indicator::standardCode)
            .thenComparing(Indicator::isLocal)
            .thenComparing(Indicator::code, IndicatorOrder::natural);

    private IndicatorOrder() {}

    /** The national standards first, in the order boards know them; then the wider EDI plans. */
    static int standardOrder(String standard) {
        int i = STANDARDS.indexOf(standard);
        return i < 0 ? STANDARDS.size() : i;
    }

    /** WDES2 before WDES10: digits compare as numbers. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int c = Long.compare(number(a, i, endA), number(b, j, endB));
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** At most 18 digits, so that the number fits a long. */
    private static long number(String s, int from, int end) {
        return Long.parseLong(s.substring(from, Math.min(end, from + 18)));
    }
}
