package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The look-ups of running action processes by business key read the business-key index and answer for
 * process instances only. The plan is checked on H2 with the very SQL the engine is given. At this suite's
 * size H2 would pick the business-key index for the old condition ({@code PARENT_ID_ is null}) too: it
 * chose the parent index only from about 10,000 running instances, which the benchmark found (a bulk start
 * of 100,000 reading every instance once per batch) and which this test cannot reproduce in a shared
 * in-memory database.
 */
@ParityTest
class ProcessLookupPlanTest {

    @Autowired
    ProcessStarts starts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchLookUpReadsTheBusinessKeyIndex() {
        String sql = starts.withProcessSql(3).replaceAll("#\\{k\\d+}", "'1'");
        assertThat(plan(sql)).contains("ACT_IDX_EXEC_BUSKEY").doesNotContain("EXE_PARENT_INDEX");
    }

    @Test
    void aSingleLookUpReadsTheBusinessKeyIndex() {
        String sql = starts.hasProcessSql().replace("#{key}", "'1'");
        assertThat(plan(sql)).contains("ACT_IDX_EXEC_BUSKEY").doesNotContain("EXE_PARENT_INDEX");
    }

    @Test
    void bothAnswerForProcessInstancesOnly() {
        List<String> instances = jdbc.queryForList(
                starts.withProcessSql(1).replace("#{k0}", "?").replace("select *", "select ID_"),
                String.class,
                jdbc.queryForObject(
                        "select min(BUSINESS_KEY_) from ACT_RU_EXECUTION where BUSINESS_KEY_ is not null",
                        String.class));
        assertThat(instances).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ACT_RU_EXECUTION where ID_ = ? and PARENT_ID_ is null",
                        Long.class,
                        instances.get(0)))
                .isEqualTo(1);
    }

    private String plan(String sql) {
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
    }
}
