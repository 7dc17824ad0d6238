package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.NotFoundException;
import org.parity.common.sql.SqlStatements;
import org.parity.plan.ActionStatus;
import org.parity.progress.UpdateStatus;
import org.parity.progress.internal.ProgressUpdateEntity;
import org.parity.progress.internal.ProgressUpdateRepository;
import org.parity.workflow.internal.WorkflowTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bulk start (seed load, resumed seed run): batches of actions share one engine command and one read of
 * their data, and each action still gets the process a start of its own gives it, with the same due dates;
 * the statements grow with the batches, not with each start's reads.
 */
@ParityTest
class BulkStartTest extends ProcessTestSupport {

    /** More than one batch, so that the second batch is proved too. */
    static final int ACTIONS = ProcessStarts.START_BATCH + 20;

    @Autowired
    ProgressUpdateRepository updates;

    @Autowired
    Schedule schedule;

    @Test
    void eachUnderWayActionGetsItsOwnProcessWithTheDueDatesOfAStartOfItsOwn() throws Exception {
        // a fixed engine clock, so that every start and the one-at-a-time answer below read the same minute
        ClockUtil.setCurrentTime(
                Date.from(Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(5)));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ACTIONS; i++) {
            ids.add(newAction(ActionStatus.IN_PROGRESS).getId());
        }
        // one action whose latest update the sponsor returned: its new update is due after a one-off step
        Long returned = ids.get(ProcessStarts.START_BATCH + 3);
        ProgressUpdateEntity update =
                new ProgressUpdateEntity(returned, "lead@kmpt", null, null, "not enough detail", null, false);
        update.decide(UpdateStatus.RETURNED, "sponsor@kmpt", "say more");
        updates.save(update);
        // one already running and one not under way: neither is started (again)
        Long running = ids.get(7);
        assertThat(gateway.startUnderWay(List.of(running))).isEqualTo(1);
        Long draft = newAction(ActionStatus.DRAFT).getId();
        List<Long> all = new ArrayList<>(ids);
        all.add(draft);

        long[] started = new long[1];
        long statements = SqlStatements.during(() -> started[0] = gateway.startUnderWay(all));

        assertThat(started[0]).isEqualTo(ACTIONS - 1);
        assertThat(instanceOf(draft)).isNull();
        // two batches: a handful of reads each and one JDBC batch per kind of row, never some per start
        assertThat(statements).isLessThan(ACTIONS);
        for (Long id : ids) {
            var instance = instanceOf(id);
            assertThat(instance).as("process of action " + id).isNotNull();
            List<WorkflowTask> open =
                    rows(instance).stream().filter(WorkflowTask::isOpen).toList();
            assertThat(open).as("open tasks of action " + id).hasSize(1);
            assertThat(open.get(0).getKind()).isEqualTo(TaskKind.PROGRESS_UPDATE);
            assertThat(open.get(0).getActionId()).isEqualTo(id);
            if (id.equals(running)) {
                continue;
            }
            // the single start's answer, asked outside any batch
            assertThat(open.get(0).getDueAt())
                    .as("due date of action " + id)
                    .isEqualTo(schedule.updateDueDate(id).toInstant());
            assertThat(management
                            .createJobQuery()
                            .processInstanceId(instance.getId())
                            .count())
                    .as("timers of action " + id)
                    .isEqualTo(4);
        }
        Instant now = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MINUTES);
        WorkflowTask ofReturned = rows(instanceOf(returned)).get(0);
        assertThat(ofReturned.getDueAt()).isBefore(now.plus(30, ChronoUnit.DAYS));
        WorkflowTask ofOther = rows(instanceOf(ids.get(0))).get(0);
        assertThat(ofOther.getDueAt()).isAfter(now.plus(80, ChronoUnit.DAYS));
    }

    @Test
    void anUnknownActionStartsNothingOfItsBatch() {
        Long known = newAction(ActionStatus.IN_PROGRESS).getId();

        assertThatThrownBy(() -> gateway.startUnderWay(List.of(known, Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);

        assertThat(instanceOf(known)).isNull();
        assertThat(taskRows.findByActionIdAndStateOrderByCreatedAtAsc(known, WorkflowTask.State.OPEN))
                .isEmpty();
    }
}
