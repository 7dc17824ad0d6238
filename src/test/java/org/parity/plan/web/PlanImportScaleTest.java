package org.parity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.sql.SqlStatements;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.support.CreatesActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 2,000-row plan imports whole in one request: 2,000 actions, 2,000 milestones and 2,000 processes.
 * The time it took is logged (never asserted: the machine is shared).
 */
@ParityTest
@CreatesActions
class PlanImportScaleTest {

    static final int ROWS = 2000;
    static final int STATEMENTS_PER_ROW = 12;
    private static final Logger log = LoggerFactory.getLogger(PlanImportScaleTest.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    ActionRepository actions;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    RuntimeService runtime;

    @Test
    void twoThousandRowsImportWholeWithOneProcessPerAction() throws Exception {
        String title = "Large plan " + UUID.randomUUID();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(PlanImportApiTest.row(
                    title,
                    "Theme " + (i % 20 + 1),
                    "Action " + i,
                    "lead@ekhuft",
                    "sponsor@ekhuft",
                    i % 4 == 0 ? "From Q2 2045; quarterly" : "By March 2046",
                    "WRES1;WRES2",
                    "Milestone " + i + "|WRES2|BAME|10|" + (i % 50) + "|2046-03-31",
                    "HIA" + (i % 6 + 1)));
        }
        byte[] body = PlanImportApiTest.csv(rows).getBytes(StandardCharsets.UTF_8);
        long actionsBefore = actions.count();
        long milestonesBefore = milestones.count();
        long processesBefore = runtime.createProcessInstanceQuery().count();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long statements = SqlStatements.during(() -> mvc.perform(post("/api/organisations/{org}/plans/import", "ekhuft")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .contentType(PlanImportApiTest.CSV)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].actionIds", hasSize(ROWS))));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        log.info(
                "Imported {} rows ({} bytes) in {} ms ({} ms of CPU on the request thread) with {} SQL statements",
                ROWS,
                body.length,
                millis,
                cpuMillis,
                statements);
        // bounded: a fixed number of statements per row (action, listing, milestone, audit; the process starts
        // share an engine command per hundred rows, so they add less than one per row),
        // never one that grows with the rows already stored
        assertThat(statements).isLessThan(ROWS * STATEMENTS_PER_ROW);
        assertThat(actions.count()).isEqualTo(actionsBefore + ROWS);
        assertThat(milestones.count()).isEqualTo(milestonesBefore + ROWS);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processesBefore + ROWS);
    }
}
