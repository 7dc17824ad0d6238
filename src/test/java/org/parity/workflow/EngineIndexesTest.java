package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Indexes the engine's schema gets from migration V48: tasks by parent (completing a task), jobs by due date (acquisition). */
@ParityTest
class EngineIndexesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTaskTableIsIndexedByParentTask() {
        assertThat(jdbc.queryForList(
                        "select index_name from information_schema.indexes"
                                + " where upper(table_name) = 'ACT_RU_TASK'",
                        String.class))
                .anySatisfy(name -> assertThat(name).isEqualToIgnoringCase("PARITY_IDX_TASK_PARENT"));
        String plan =
                jdbc.queryForObject("explain select ID_ from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'", String.class);
        assertThat(plan).containsIgnoringCase("PARITY_IDX_TASK_PARENT");
    }

    @Test
    void dueJobsAreFoundThroughAnIndexOnTheDueDate() {
        String plan = jdbc.queryForObject(
                "explain select ID_ from ACT_RU_JOB where DUEDATE_ <= current_timestamp" + " order by DUEDATE_",
                String.class);
        assertThat(plan).containsIgnoringCase("PARITY_IDX_JOB_DUEDATE");
    }
}
