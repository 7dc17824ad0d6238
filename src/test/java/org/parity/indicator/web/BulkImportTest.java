package org.parity.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.indicator.internal.MeasurementRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 100,000 CSV rows in one request through the API. The time is printed for the notes, never
 * asserted: speed is measured by benchmark. The rows are removed afterwards so that other tests
 * listing the organisation's figures stay small.
 */
@ParityTest
class BulkImportTest {

    static final int ROWS = 100_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasurementRepository measurements;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheBulkRows() {
        jdbc.update("delete from measurement where breakdown like 'bulk:%'");
    }

    @Test
    void importsOneHundredThousandCsvRowsInOneRequest() throws Exception {
        StringBuilder csv = new StringBuilder(ROWS * 40).append("indicator,period,group,breakdown,value,source\n");
        int n = 0;
        for (int year = 1900; year < 2100; year++) {
            for (String group : new String[] {"BAME", "WHITE"}) {
                for (int b = 0; b < 250; b++) {
                    csv.append("WRES5,")
                            .append(year)
                            .append(',')
                            .append(group)
                            .append(",bulk:")
                            .append(b)
                            .append(',')
                            .append(n % 100)
                            .append('.')
                            .append(n % 10)
                            .append(",STAFF_SURVEY\n");
                    n++;
                }
            }
        }
        assertThat(n).isEqualTo(ROWS);
        long before = measurements.count();
        long started = System.nanoTime();
        mvc.perform(post("/api/organisations/kmpt/measurements")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .contentType(MediaType.parseMediaType("text/csv"))
                        .content(csv.toString()))
                .andExpect(status().isCreated());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("BulkImportTest: " + ROWS + " CSV rows imported through the API in " + millis + " ms");
        assertThat(measurements.count()).isEqualTo(before + ROWS);
        assertThat(measurements
                        .findByOrganisationCodeAndIndicatorCodeAndPeriodAndGroupCodeAndBreakdown(
                                "kmpt", "WRES5", "2099", "WHITE", "bulk:249")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(99.9);
    }
}
