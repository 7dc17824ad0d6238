package org.parity.workflow.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.engine.spi.SessionImplementor;
import org.parity.plan.ActionWritten;
import org.parity.workflow.TaskKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the led_action read model (see V49): one row per led action with every fact of the urgency order
 * of "My actions", rewritten from the database in the transaction of every write that can change it: the
 * action or one of its milestones (the plan module's {@link ActionWritten}) and its progress update tasks
 * (this class is the entity listener of {@link WorkflowTask}). Reads the plan module's action, plan and
 * milestone tables by SQL, read only.
 *
 * <p>Hibernate batches its inserts and updates, so a row is not yet in the database when its entity
 * callback runs, and the changes of managed entities are only flushed as the transaction commits. The
 * callbacks therefore only note the action in the transaction, and register with the Hibernate session, once
 * per transaction, a step that writes the noted rows after the session's last flush and before the commit.
 * "My actions" writes them before reading the model in the same transaction ({@link #settle()}), so a
 * transaction always reads its own writes.
 */
@Component
public class LedActionRows {

    private static final int CHUNK = 500;

    /** The key of a transaction's noted actions (one for every instance, should Hibernate make its own). */
    private static final Object PENDING = new Object();

    /**
     * Upserts the row of each led action (MERGE, in the SQL standard's form that H2 and PostgreSQL share):
     * two transactions writing the same action update one row in turn instead of one of them failing on the
     * primary key, as a delete followed by an insert could.
     */
    private static final String MERGE = """
            merge into led_action r
            using (
              select a.id as action_id, a.lead_username, p.organisation_code, a.status, a.rag, a.due_date,
                     case when exists (select 1 from milestone m
                       where m.action_id = a.id and m.status in ('OFF_TRACK', 'MISSED')) then 1 else 0 end
                       as milestone_off,
                     (select min(t.due_at) from workflow_task t
                       where t.action_id = a.id and t.state = 'OPEN' and t.kind = 'PROGRESS_UPDATE') as next_update_due
              from action a join plan p on p.id = a.plan_id
              where a.id in (:ids) and a.lead_username is not null
            ) s
            on (r.action_id = s.action_id)
            when matched then update set lead_username = s.lead_username, organisation_code = s.organisation_code,
              status = s.status, rag = s.rag, due_date = s.due_date, milestone_off = s.milestone_off,
              next_update_due = s.next_update_due
            when not matched then insert (action_id, lead_username, organisation_code, status, rag, due_date,
              milestone_off, next_update_due)
            values (s.action_id, s.lead_username, s.organisation_code, s.status, s.rag, s.due_date, s.milestone_off,
              s.next_update_due)
            """;

    /** Removes the rows of actions deleted or no longer led. */
    private static final String DELETE = """
            delete from led_action
            where action_id in (:ids)
              and not exists (select 1 from action a where a.id = led_action.action_id and a.lead_username is not null)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    /** Asked for when first needed: Hibernate makes its entity listeners while the EntityManager is made. */
    private final ObjectProvider<EntityManager> entityManager;

    LedActionRows(NamedParameterJdbcTemplate jdbc, ObjectProvider<EntityManager> entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** Rewrites these actions' rows now from the actions, their milestones and their open progress updates. */
    public void refresh(Collection<Long> actionIds) {
        List<Long> ids = new ArrayList<>(actionIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            MapSqlParameterSource chunk =
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            jdbc.update(MERGE, chunk);
            jdbc.update(DELETE, chunk);
        }
    }

    /**
     * Writes what this transaction has noted so far (flushing the entities first): called before reading the
     * model. Costs nothing when nothing was noted.
     */
    public void settle() {
        Pending pending = pending(false);
        while (pending != null && !pending.ids.isEmpty()) {
            entityManager.getObject().flush();
            write(pending);
        }
    }

    private void write(Pending pending) {
        List<Long> ids = new ArrayList<>(pending.ids);
        pending.ids.clear();
        refresh(ids);
    }

    @EventListener
    void on(ActionWritten written) {
        note(written.actionId());
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void taskWritten(Object entity) {
        if (entity instanceof WorkflowTask task
                && task.getKind() == TaskKind.PROGRESS_UPDATE
                && task.getActionId() != null) {
            note(task.getActionId());
        }
    }

    private void note(Long actionId) {
        Pending pending = pending(true);
        if (pending == null) {
            refresh(List.of(actionId)); // no transaction to wait for
        } else {
            pending.ids.add(actionId);
            if (!pending.registered) {
                // runs after the flush of the commit, which may itself be what called us
                entityManager
                        .getObject()
                        .unwrap(SessionImplementor.class)
                        .getActionQueue()
                        .registerProcess(session -> write(pending));
                pending.registered = true;
            }
        }
    }

    /** The transaction's noted actions, registered with the transaction when first asked for. */
    private Pending pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null && create) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(PENDING, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** The actions noted in one transaction; written before it commits, forgotten when it ends. */
    private static final class Pending implements TransactionSynchronization {

        final Set<Long> ids = new LinkedHashSet<>();

        boolean registered;

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
        }
    }
}
