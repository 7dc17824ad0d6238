package org.parity.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parity.common.Flag;

/** The free-text timescales of the seed documents, read as the class documents. */
class TimescaleParserTest {

    @ParameterizedTest(name = "''{0}'' → start {2}, due {3}, {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "From Sept 2025                                         | 2024 | 2025-09-01 | -          | QUARTERLY",
                "Start 2025; review annually                            | 2025 | 2025-01-01 | -          | ANNUAL",
                "From Q2 2025; quarterly tracking                       | 2025 | 2025-04-01 | -          | QUARTERLY",
                "Training Q3 2025; ongoing                              | 2025 | -          | 2025-09-30 | QUARTERLY",
                "Shadow board scoping 2025; pipeline 2026               | 2025 | 2025-01-01 | 2026-12-31 | QUARTERLY",
                "February 2025                                          | 2024 | -          | 2025-02-28 | QUARTERLY",
                "Launched July 2024, bimonthly forums held. Forum members to review in February 2025. | 2024 | 2024-07-01 | 2025-02-28 | BIMONTHLY",
                "going through approval process in Nov/Dec 2024         | 2024 | -          | 2024-12-31 | QUARTERLY",
                "timescale- when dashboard is created in early 2023     | 2022 | -          | 2023-04-30 | QUARTERLY",
                "Review monthly                                         | 2024 | -          | -          | MONTHLY"
            })
    void readsWhatItCan(String text, int planYear, String start, String due, ReviewCadence cadence) {
        Timescale t = TimescaleParser.parse(text, planYear);
        assertThat(t.text()).isEqualTo(text.strip());
        assertThat(t.start()).isEqualTo(start == null ? null : LocalDate.parse(start));
        assertThat(t.due()).isEqualTo(due == null ? null : LocalDate.parse(due));
        assertThat(t.cadence()).isEqualTo(cadence);
    }

    @Test
    void anImpossibleYearIsFlaggedAndIgnored() {
        Timescale t = TimescaleParser.parse("showcase event November 2033, programme launches April 2023", 2022);
        assertThat(codes(t.flags())).containsExactly("IMPOSSIBLE_DATE");
        assertThat(t.flags().get(0).note()).contains("November 2033").contains("2022");
        assertThat(t.start()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(t.due()).isNull();
    }

    @Test
    void ongoingIsOpenEndedAndSaysSo() {
        Timescale t = TimescaleParser.parse("Ongoing", 2024);
        assertThat(t.start()).isNull();
        assertThat(t.due()).isNull();
        assertThat(codes(t.flags())).containsExactly("OPEN_ENDED");
    }

    @Test
    void textWithoutDatesIsFlaggedNotGuessed() {
        Timescale t = TimescaleParser.parse("Short: Declaration campaigns; Medium: ESR alignment", 2025);
        assertThat(t.start()).isNull();
        assertThat(t.due()).isNull();
        assertThat(codes(t.flags())).containsExactly("UNPARSED_TIMESCALE");
    }

    @Test
    void aQuarterIsReadAsACalendarQuarterAndTheAssumptionFlagged() {
        Timescale t = TimescaleParser.parse("From Q2 2025; quarterly tracking", 2025);
        assertThat(codes(t.flags())).containsExactly("ASSUMED_CALENDAR_QUARTER");
        assertThat(t.flags().get(0).note()).contains("April 2025");
    }

    @Test
    void noTimescaleIsFlagged() {
        Timescale t = TimescaleParser.parse("  ", 2025);
        assertThat(t.text()).isNull();
        assertThat(codes(t.flags())).containsExactly("NO_TIMESCALE");
        assertThat(t.cadence()).isEqualTo(ReviewCadence.QUARTERLY);
    }

    private static List<String> codes(List<Flag> flags) {
        return flags.stream().map(Flag::code).toList();
    }
}
