package org.parity.workflow;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.parity.common.NotFoundException;
import org.parity.plan.ActionBrief;
import org.parity.plan.ActionDirectory;
import org.parity.progress.ProgressService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the action processes ({@value ProcessGateway#ACTION_PROCESS}, the action id as business key)
 * one at a time or in bulk, and answers whether an action has one running.
 */
@Component
class ProcessStarts {

    private static final Logger log = LoggerFactory.getLogger(ProcessStarts.class);
    static final int START_BATCH = 100;

    private final RuntimeService runtime;
    private final ActionDirectory directory;
    private final ProgressService progress;
    /** Runs a command in the current transaction, or joins the engine command already running. */
    private final CommandExecutor engineCommands;

    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    /** The engine's execution table (with any prefix), for the business-key lookups below. */
    private final String executions;

    ProcessStarts(
            RuntimeService runtime,
            ActionDirectory directory,
            PlatformTransactionManager transactions,
            EntityManager entityManager,
            ManagementService management,
            ProgressService progress,
            ProcessEngine engine) {
        this.progress = progress;
        this.engineCommands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.executions = management.getTableName(ExecutionEntity.class);
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.runtime = runtime;
        this.directory = directory;
    }

    /**
     * Starts the action process of every action that is under way and has none yet, {@value #START_BATCH}
     * to a transaction: a bulk load commits a few hundred times, not once per process. Each batch is also
     * one engine command: the engine keeps what it read (the job definitions of the four timers) for the
     * whole batch and writes the batch's rows together at its end, as JDBC batches of one statement per kind
     * of row; the actions, their organisations and whether their last update was returned are read once
     * per batch. The process each action gets is the same as a start of its own.
     */
    int startUnderWay(List<Long> actionIds) {
        int started = 0;
        for (int from = 0; from < actionIds.size(); from += START_BATCH) {
            List<Long> batch = actionIds.subList(from, Math.min(actionIds.size(), from + START_BATCH));
            Integer n = transaction.execute(status -> startBatch(batch));
            started += n == null ? 0 : n;
        }
        log.info("Started {} action processes", started);
        return started;
    }

    /** One batch, in the caller's transaction: one engine command for all its starts. */
    private int startBatch(List<Long> batch) {
        Set<String> running = withProcess(batch);
        Map<Long, ActionBrief> found = new HashMap<>();
        directory.actions(batch).forEach(a -> found.put(a.id(), a));
        List<ActionBrief> toStart = new ArrayList<>();
        for (Long id : batch) { // in the order given, as one start at a time would
            ActionBrief action = found.get(id);
            if (action == null) {
                throw new NotFoundException("action " + id);
            }
            if (action.status().isUnderWay() && !running.contains(String.valueOf(id))) {
                toStart.add(action);
            }
        }
        if (toStart.isEmpty()) {
            return 0;
        }
        List<Long> ids = toStart.stream().map(ActionBrief::id).toList();
        Set<Long> returned = progress.latestReturnedAmong(ids);
        int count = StartBatch.within(
                ids,
                returned,
                () -> engineCommands.execute(commandContext -> {
                    for (ActionBrief action : toStart) {
                        start(action.id(), directory.organisationOf(action.id()), true);
                    }
                    return toStart.size();
                }));
        // write the batch's task rows together and forget the batch's entities before the next one
        entityManager.flush();
        entityManager.clear();
        return count;
    }

    /** Starts the process of a new action at scope and sign-off. */
    void startNew(Long actionId) {
        start(actionId, directory.organisationOf(actionId), false);
    }

    /**
     * Starts the process of a new action at scope and sign-off when the current transaction is about to
     * commit, with every other action so registered in it: {@value #START_BATCH} to an engine command. Needs
     * an active transaction (the starts belong to it).
     */
    void startNewBeforeCommit(Long actionId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A start before commit needs a transaction");
        }
        NewStarts pending = (NewStarts) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new NewStarts();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.actionIds.add(actionId);
    }

    /** The new actions of one transaction whose processes start just before it commits. */
    private final class NewStarts implements TransactionSynchronization {
        private final List<Long> actionIds = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            TransactionSynchronizationManager.unbindResource(ProcessStarts.this);
            for (int from = 0; from < actionIds.size(); from += START_BATCH) {
                List<Long> batch = actionIds.subList(from, Math.min(actionIds.size(), from + START_BATCH));
                directory.actions(batch); // read together; the starts then find them in the unit of work
                engineCommands.execute(commandContext -> {
                    batch.forEach(id -> start(id, directory.organisationOf(id), false));
                    return null;
                });
                // write the batch's task rows together and forget its entities before the next batch
                entityManager.flush();
                entityManager.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (TransactionSynchronizationManager.hasResource(ProcessStarts.this)) {
                TransactionSynchronizationManager.unbindResource(ProcessStarts.this);
            }
        }
    }

    /**
     * The condition that picks process instances out of the execution table, leaving their child executions:
     * {@code ID_ = PROC_INST_ID_} rather than {@code PARENT_ID_ is null}, which H2 answered from the parent
     * index by reading every running instance, even beside a business-key condition (a 100,000-action bulk
     * start read each of them once per batch of 100); a comparison of two columns leaves the business-key
     * index to H2.
     */
    static final String INSTANCES_ONLY = "ID_ = PROC_INST_ID_";

    /**
     * Whether the action has a running process: one read of the business-key index. Camunda's process
     * instance query joins the definition table, and H2 then chose to read every running execution of the
     * definition for each call, which made a bulk start quadratic (a 100,000-action load never finished);
     * this native query asks the execution table alone.
     */
    boolean hasProcess(Long actionId) {
        return runtime.createNativeProcessInstanceQuery()
                        .sql(hasProcessSql())
                        .parameter("key", String.valueOf(actionId))
                        .count()
                > 0;
    }

    /** Which of these actions (business keys) have a running process: one indexed query per batch. */
    private Set<String> withProcess(List<Long> actionIds) {
        var query = runtime.createNativeProcessInstanceQuery();
        for (int i = 0; i < actionIds.size(); i++) {
            query.parameter("k" + i, String.valueOf(actionIds.get(i)));
        }
        Set<String> keys = new HashSet<>();
        query.sql(withProcessSql(actionIds.size())).list().forEach(p -> keys.add(p.getBusinessKey()));
        return keys;
    }

    String hasProcessSql() {
        return "select count(*) from " + executions + " where BUSINESS_KEY_ = #{key} and " + INSTANCES_ONLY;
    }

    /** The look-up of {@code keys} business keys, as parameters k0, k1, ... */
    String withProcessSql(int keys) {
        StringBuilder sql = new StringBuilder(
                "select * from " + executions + " where " + INSTANCES_ONLY + " and BUSINESS_KEY_ in (");
        for (int i = 0; i < keys; i++) {
            sql.append(i == 0 ? "" : ", ").append("#{k").append(i).append('}');
        }
        return sql.append(')').toString();
    }

    private void start(Long actionId, String organisation, boolean underWay) {
        runtime.createProcessInstanceByKey(ProcessGateway.ACTION_PROCESS)
                .businessKey(String.valueOf(actionId))
                .setVariables(Map.of(
                        ProcessVariables.ACTION_ID,
                        actionId,
                        ProcessVariables.ORGANISATION,
                        organisation,
                        ProcessVariables.UNDER_WAY,
                        underWay))
                .execute();
    }
}
