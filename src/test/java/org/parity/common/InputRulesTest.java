package org.parity.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one number parser and the one text rule, on the inputs that slipped through before. */
class InputRulesTest {

    @Test
    void numbersAreAsciiDigitsAndFinite() {
        assertThat(Numbers.decimal(" 12.5 ")).contains(12.5);
        assertThat(Numbers.decimal("-0.25")).contains(-0.25);
        assertThat(Numbers.decimal("1e3")).contains(1000.0);
        for (String bad : new String[] {
            "NaN",
            "Infinity",
            "-Infinity",
            "0x1A",
            "1,5",
            "1.5d",
            "\u0661\u0662",
            "1e400",
            "--1",
            "1 000",
            "",
            " ",
            "+-1",
            "12%",
            "\u0000"
        }) {
            assertThat(Numbers.decimal(bad)).as(bad).isEmpty();
        }
        assertThat(Numbers.whole("42", 0, 100)).contains(42L);
        assertThat(Numbers.whole("101", 0, 100)).isEmpty();
        assertThat(Numbers.whole("\u0664\u0662", 0, 100))
                .as("Arabic-Indic digits")
                .isEmpty();
        assertThat(Numbers.whole("1.0", 0, 100)).isEmpty();
        assertThat(Numbers.whole("99999999999999999999", 0, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void textHasNoControlCharactersNoOverridesAndFitsItsColumn() {
        assertThat(TextRules.line("title", "Reverse mentoring")).isEmpty();
        assertThat(TextRules.text("narrative", "Two cohorts.\nThe second starts in May.\tOn track."))
                .isEmpty();
        assertThat(TextRules.line("title", "a\nb"))
                .hasValueSatisfying(p -> assertThat(p).contains("control character"));
        assertThat(TextRules.text("narrative", "a\u0000b"))
                .hasValueSatisfying(p -> assertThat(p).contains("code 0"));
        assertThat(TextRules.line("group", "\u202eKROW"))
                .hasValueSatisfying(p -> assertThat(p).contains("right-to-left"));
        assertThat(TextRules.problem("source", "X".repeat(41), 40, false))
                .hasValueSatisfying(p -> assertThat(p).contains("longer than 40"));
        assertThat(TextRules.line("name", "Zoë Ní Bhriain 😀"))
                .as("letters of any script and emoji are text")
                .isEmpty();
    }
}
