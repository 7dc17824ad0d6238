package org.parity.workflow;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's own schema lacks for Parity's size. Completing a task makes the engine look for its
 * sub-tasks ({@code select ... from ACT_RU_TASK where PARENT_TASK_ID_ = ?}); neither the H2 nor the
 * PostgreSQL schema indexes that column, so each completion read every open task: with 100,000 actions,
 * 100,000 rows per click. The job executor looks for due jobs every few seconds; without an index on the
 * due date it read all of them (four timers per action: 400,000 rows) each time, and kept a core busy. Created once the engine has built its schema, on every start and every node
 * ({@code if not exists}; a node that loses the race to another only logs it).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    static final List<String> INDEXES = List.of(
            "create index if not exists PARITY_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)",
            // with jobExecutorAcquireByDueDate and ensureJobDueDateNotNull (application.yml) the job executor's
            // acquisition reads the jobs due now from this index instead of every timer job of every action
            "create index if not exists PARITY_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        JdbcTemplate jdbc =
                new JdbcTemplate(engine.getProcessEngineConfiguration().getDataSource());
        for (String ddl : INDEXES) {
            try {
                jdbc.execute(ddl);
            } catch (RuntimeException e) {
                log.warn("Could not create an engine index ({}): {}", ddl, e.getMessage());
            }
        }
    }
}
