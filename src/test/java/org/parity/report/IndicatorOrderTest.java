package org.parity.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Boards read WRES, WDES, GPG, then EDI; codes with numbers in the order people count. */
class IndicatorOrderTest {

    @Test
    void digitsCompareAsNumbers() {
        assertThat(Stream.of("WDES10", "WDES2", "WDES1b", "WDES1", "WDES1a")
                        .sorted(IndicatorOrder::natural)
                        .toList())
                .containsExactly("WDES1", "WDES1a", "WDES1b", "WDES2", "WDES10");
    }

    @Test
    void theNationalStandardsComeFirstInTheOrderBoardsKnowThem() {
        assertThat(Stream.of("LOCAL", "EDI", "GPG", "WDES", "WRES")
                        .sorted(Comparator.comparingInt(IndicatorOrder::standardOrder))
                        .toList())
                .isEqualTo(List.of("WRES", "WDES", "GPG", "EDI", "LOCAL"));
    }
}
