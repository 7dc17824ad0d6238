package org.parity.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.Paged;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.plan.ActionStatus;
import org.parity.plan.MilestoneStatus;
import org.parity.plan.ReviewCadence;
import org.parity.plan.Timescale;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Milestone;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.parity.progress.Rag;
import org.parity.workflow.TaskKind;
import org.parity.workflow.TaskQueries;
import org.parity.workflow.TaskQueries.LedAction;
import org.parity.workflow.TaskView;
import org.parity.workflow.internal.TaskFacts;
import org.parity.workflow.internal.WorkflowTask;
import org.parity.workflow.internal.WorkflowTaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead of 2,000 actions of every kind of urgency (late by date, late update, red, a milestone off track,
 * complete, withdrawn, no due date, updates due at many times): walking every page of "My actions" gives
 * each action once, in exactly the order the page's own urgency rule gives; and the time of the pages a
 * lead opens (page 1, page 40, the open tasks, the whole task list of GET /api/me/tasks) is logged, never
 * asserted, so that a change to the queries can be measured on this data before and after.
 */
@ParityTest
@Transactional
class LeadOfTwoThousandTest {

    private static final Logger log = LoggerFactory.getLogger(LeadOfTwoThousandTest.class);

    static final String ORG = "big-lead-trust";
    static final String LEAD = "lead@big-lead-trust";
    static final int ACTIONS = 2000;
    static final int ROUNDS = 50;

    @Autowired
    Organisations organisations;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ActionRepository actions;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    AppUserRepository users;

    @Autowired
    TaskQueries queries;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkflowTaskRepository taskRows;

    @Autowired
    Clock clock;

    @Test
    void everyPageInUrgencyOrderEachActionOnceAndTheCostLogged() {
        List<Long> ids = leadOfTwoThousand();
        Caller lead = new Caller(LEAD, "Big lead", EnumSet.of(Role.LEAD, Role.SPONSOR), ORG, null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        List<MyWorkController.MyAction> walked = new ArrayList<>();
        Paged<LedAction> page = queries.ledBy(lead, now, today, 1, MyWorkController.PAGE_SIZE);
        assertThat(page.pager().total()).isEqualTo(ACTIONS);
        for (int p = 1; p <= page.pager().pages(); p++) {
            queries.ledBy(lead, now, today, p, MyWorkController.PAGE_SIZE).rows().stream()
                    .map(a -> MyWorkController.MyAction.of(a.action(), a.update(), now, today))
                    .forEach(walked::add);
        }
        assertThat(walked.stream().map(a -> a.action().id())).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(walked).isSortedAccordingTo(MyWorkController.MyAction.URGENCY);
        // every tier and every branch of the rule is present, so the order above proves something about each
        assertThat(walked)
                .anyMatch(a -> a.overdue()
                        && a.nextUpdateDue() != null
                        && a.nextUpdateDue().isBefore(now));
        assertThat(walked)
                .anyMatch(a -> a.overdue()
                        && (a.nextUpdateDue() == null || !a.nextUpdateDue().isBefore(now)));
        assertThat(walked)
                .anyMatch(a -> !a.overdue()
                        && a.offTrack()
                        && a.action().milestoneOffTrack()
                        && a.action().rag() != Rag.RED);
        assertThat(walked)
                .anyMatch(a -> !a.overdue() && a.offTrack() && a.action().rag() == Rag.RED);
        assertThat(walked).anyMatch(a -> !a.overdue() && !a.offTrack() && a.nextUpdateDue() != null);
        assertThat(walked).anyMatch(a -> !a.overdue() && !a.offTrack() && a.nextUpdateDue() == null);
        assertThat(walked)
                .anyMatch(a -> a.action().status() == ActionStatus.COMPLETE
                        && a.action().rag() == Rag.RED);
        List<TaskView> open = queries.openFor(lead);
        Comparator<TaskView> soonest = Comparator.comparing(
                        TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskView::created)
                .thenComparing(TaskView::id);
        assertThat(open)
                .hasSize(jdbc.queryForObject(
                        "select count(*) from workflow_task where state = 'OPEN'"
                                + " and (assignee = ? or candidate_group = ?)",
                        Integer.class,
                        LEAD,
                        "sponsor:" + ORG))
                .isSortedAccordingTo(soonest)
                .anyMatch(t -> t.due() == null)
                .anyMatch(t -> t.candidateGroup() != null);
        assertThat(allPages(p -> queries.workOf(lead, p, MyWorkController.PAGE_SIZE)))
                .containsExactlyElementsOf(
                        open.stream().filter(t -> !t.kind().isDecision()).toList());
        assertThat(allPages(p -> queries.decisionsOf(lead, p, MyWorkController.PAGE_SIZE)))
                .containsExactlyElementsOf(open.stream()
                        .filter(t -> t.kind().isDecision())
                        .sorted(Comparator.comparing(TaskView::created).thenComparing(TaskView::id))
                        .toList());

        time(
                "/my/actions page 1 (ledBy)",
                i -> queries.ledBy(lead, now.plusMillis(i), today, 1, MyWorkController.PAGE_SIZE));
        time(
                "/my/actions page 40 (ledBy)",
                i -> queries.ledBy(lead, now.plusMillis(i), today, 40, MyWorkController.PAGE_SIZE));
        time("/my/actions tasks page 1 (workOf)", i -> queries.workOf(lead, 1, MyWorkController.PAGE_SIZE));
        time("/my/decisions page 1 (decisionsOf)", i -> queries.decisionsOf(lead, 1, MyWorkController.PAGE_SIZE));
        time("/api/me/tasks (openFor, " + open.size() + " tasks)", i -> queries.openFor(lead));

        // the same pages against the statements they replaced, round by round in turn, so that the shared
        // machine's load weighs on both alike: the old statements alone (raw JDBC) against the whole new call
        for (int number : List.of(1, 40)) {
            compare(
                    "/my/actions page " + number,
                    i -> {
                        jdbc.queryForObject(OLD_LED_COUNT, Long.class, LEAD, ORG);
                        return jdbc.queryForList(
                                OLD_LED_PAGE,
                                Long.class,
                                LEAD,
                                ORG,
                                Timestamp.from(now.plusMillis(i)),
                                java.sql.Date.valueOf(today),
                                (number - 1) * 25L);
                    },
                    i -> queries.ledBy(lead, now.plusMillis(i), today, number, MyWorkController.PAGE_SIZE));
        }
        compare(
                "/my/actions tasks page 1",
                i -> {
                    jdbc.queryForObject(
                            "select count(*) from (" + OLD_MINE + ") t", Long.class, LEAD, "sponsor:" + ORG);
                    return jdbc.queryForList(
                            "select id from (" + OLD_MINE + ") t order by due_at asc nulls last, created_at asc, id"
                                    + " offset 0 rows fetch next 25 rows only",
                            String.class,
                            LEAD,
                            "sponsor:" + ORG);
                },
                i -> queries.workOf(lead, 1, MyWorkController.PAGE_SIZE));
    }

    /** The statements of "My actions" before the led_action read model (V49), as they were. */
    static final String OLD_LED_COUNT = "select count(*) from action a join plan p on p.id = a.plan_id"
            + " where a.lead_username = ? and p.organisation_code = ?";

    static final String OLD_LED_PAGE = """
            select x.id from (
              select a.id, a.title, p.id as plan_id, p.title as plan_title, p.organisation_code, a.status, a.rag,
                     a.percent_complete, a.due_date, a.lead_username, a.sponsor_username,
                     (select min(t.due_at) from workflow_task t
                       where t.action_id = a.id and t.state = 'OPEN' and t.kind = 'PROGRESS_UPDATE') as next_due,
                     case when exists (select 1 from milestone m
                       where m.action_id = a.id and m.status in ('OFF_TRACK', 'MISSED')) then 1 else 0 end as milestone_off
              from action a join plan p on p.id = a.plan_id
              where a.lead_username = ? and p.organisation_code = ?
            ) x
            order by
              case when x.next_due < ? or (x.status not in ('COMPLETE', 'WITHDRAWN') and x.due_date < ?) then 0 else 1 end,
              case when x.status not in ('COMPLETE', 'WITHDRAWN') and (x.milestone_off = 1 or x.rag = 'RED') then 0 else 1 end,
              x.next_due asc nulls last, x.id
            offset ? rows fetch next 25 rows only
            """;

    /** The worklist's UNION before V49 (work kinds), sorted whole for every page. */
    static final String OLD_MINE = "select t.id, t.due_at, t.created_at from workflow_task t where t.state = 'OPEN'"
            + " and t.assignee = ? and t.kind in ('SCOPE', 'PROGRESS_UPDATE', 'OFF_TRACK_RESPONSE',"
            + " 'EXTENSION_REQUEST', 'OVERDUE_CHASE', 'IMPACT_EVALUATION', 'LOAD_FIGURES', 'PREPARE_REPORT',"
            + " 'PUBLISH_REPORT') union select t.id, t.due_at, t.created_at from workflow_task t"
            + " where t.state = 'OPEN' and t.candidate_group in (?) and t.kind in ('SCOPE', 'PROGRESS_UPDATE',"
            + " 'OFF_TRACK_RESPONSE', 'EXTENSION_REQUEST', 'OVERDUE_CHASE', 'IMPACT_EVALUATION', 'LOAD_FIGURES',"
            + " 'PREPARE_REPORT', 'PUBLISH_REPORT')";

    /**
     * Logs, for 100 rounds after 5 warm-up rounds, the mean, median and 95th percentile of the old statements and
     * of the new call, run one after the other in every round (which goes first alternates), each after a write
     * to the tables both read (see {@link #time}).
     */
    private void compare(String what, IntFunction<?> before, IntFunction<?> after) {
        int rounds = 100;
        long[][] nanos = new long[2][rounds];
        for (int i = -5; i < rounds; i++) {
            for (int k = 0; k < 2; k++) {
                int which = (i + k) % 2 == 0 ? 0 : 1;
                jdbc.update("update workflow_task set title = ? where id = 'big-c0'", "Big task " + i + k);
                jdbc.update(
                        "update led_action set rag = rag where action_id = (select min(action_id) from led_action)");
                long start = System.nanoTime();
                (which == 0 ? before : after).apply(i + 5);
                if (i >= 0) {
                    nanos[which][i] = System.nanoTime() - start;
                }
            }
        }
        for (int which = 0; which < 2; which++) {
            long[] n = nanos[which];
            Arrays.sort(n);
            log.info(String.format(
                    "lead of %d actions, %s: %s mean %.2f ms, median %.2f ms, p95 %.2f ms",
                    ACTIONS,
                    what,
                    which == 0 ? "statements before V49" : "now",
                    Arrays.stream(n).average().orElse(0) / 1e6,
                    n[rounds / 2] / 1e6,
                    n[(int) Math.ceil(rounds * 0.95) - 1] / 1e6));
        }
    }

    private static <T> List<T> allPages(IntFunction<Paged<T>> page) {
        List<T> all = new ArrayList<>();
        Paged<T> first = page.apply(1);
        for (int p = 1; p <= first.pager().pages(); p++) {
            all.addAll(page.apply(p).rows());
        }
        return all;
    }

    /**
     * Logs the mean and 95th percentile of 50 runs after 5 warm-up runs. Before each run one row of the task
     * table is written (outside the timing), because H2 answers a repeated query from its result cache while
     * no table it reads has changed, which a server with many users never sees.
     */
    private void time(String what, IntFunction<?> work) {
        long[] nanos = new long[ROUNDS];
        for (int i = -5; i < ROUNDS; i++) {
            jdbc.update("update workflow_task set title = ? where id = 'big-c0'", "Big task " + i);
            long start = System.nanoTime();
            work.apply(i + 5);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double p95 = nanos[(int) Math.ceil(ROUNDS * 0.95) - 1] / 1e6;
        log.info(String.format("lead of %d actions: %s mean %.2f ms, p95 %.2f ms", ACTIONS, what, mean, p95));
    }

    /**
     * 2,000 actions of one lead: a seventh late by their own due date, a fifth red, a thirteenth with a
     * milestone off track or missed, an eleventh complete and a seventeenth withdrawn, a nineteenth with no due
     * date. Their tasks are written straight into the task read model through its entity (starting 2,000
     * processes would take a minute and make no other rows the pages read): one open progress update each, due from 40 days ago to 200
     * days ahead, a few sharing an instant, some with no due date, some actions with none or with two, closed
     * updates that must be ignored, and the sponsor's decisions (assigned, or offered to the sponsors' group).
     */
    private List<Long> leadOfTwoThousand() {
        organisations.add(new Organisation(ORG, "Big Lead NHS Trust", "Big", null, null));
        users.save(new AppUser(LEAD, "{noop}unused", "Big lead", ORG, null, EnumSet.of(Role.LEAD, Role.SPONSOR), true));
        Plan plan =
                plans.save(new Plan("big-wres", ORG, "WRES", "Big WRES plan", "2025-27", null, List.of(), List.of()));
        Theme theme = themes.save(new Theme(plan.getId(), 1, "Everything", null, List.of(), List.of(), null, null));
        LocalDate today = LocalDate.now(clock);
        List<Action> created = new ArrayList<>();
        for (int i = 0; i < ACTIONS; i++) {
            Action a = new Action(plan.getId(), theme.getId(), "b" + i, "Big action " + i);
            a.assign("Head of EDI", LEAD, "Chief People Officer", LEAD);
            LocalDate due =
                    i % 19 == 0 ? null : i % 7 == 0 ? today.minusDays(1 + i % 30) : today.plusDays(30 + i % 400);
            a.schedule(new Timescale("2025 to 2027", today.minusYears(1), due, ReviewCadence.QUARTERLY, List.of()));
            a.changeStatus(
                    i % 11 == 0
                            ? ActionStatus.COMPLETE
                            : i % 17 == 0 ? ActionStatus.WITHDRAWN : ActionStatus.IN_PROGRESS);
            a.report(i % 5 == 0 ? Rag.RED : i % 3 == 0 ? Rag.AMBER : Rag.GREEN, 10);
            created.add(a);
        }
        List<Long> ids = actions.saveAll(created).stream().map(Action::getId).toList();
        for (int i = 0; i < ACTIONS; i += 13) {
            Milestone m = new Milestone(
                    ids.get(i), 1, "Milestone " + i, today.plusDays(90), null, null, null, null, null, null, null);
            m.setStatus(i % 2 == 0 ? MilestoneStatus.OFF_TRACK : MilestoneStatus.MISSED);
            milestones.save(m);
        }
        entityManager.flush();
        Instant now = clock.instant();
        List<WorkflowTask> tasks = new ArrayList<>();
        for (int i = 0; i < ACTIONS; i++) {
            boolean underWay = i % 11 != 0 && i % 17 != 0;
            Instant due = now.plus(Duration.ofHours(((i * 37L) % 240) * 24 - 40 * 24 + (i % 4 == 0 ? 0 : i % 24)));
            Instant made = now.minus(Duration.ofDays(100 + i % 50));
            if (underWay && i % 23 != 0) {
                tasks.add(task(
                        "u" + i, TaskKind.PROGRESS_UPDATE, ids.get(i), LEAD, null, made, i % 29 == 0 ? null : due));
            }
            if (underWay && i % 31 == 0) {
                tasks.add(task(
                        "v" + i, TaskKind.PROGRESS_UPDATE, ids.get(i), LEAD, null, made, due.plus(Duration.ofDays(3))));
            }
            WorkflowTask done = task(
                    "c" + i, TaskKind.PROGRESS_UPDATE, ids.get(i), LEAD, null, made, due.minus(Duration.ofDays(90)));
            done.completed(now);
            tasks.add(done);
            if (i % 9 == 0) {
                tasks.add(task(
                        "r" + i, TaskKind.REVIEW, ids.get(i), null, "sponsor:" + ORG, made, i % 2 == 0 ? null : due));
            }
            if (i % 10 == 0) {
                tasks.add(task("s" + i, TaskKind.COMPLETION_REVIEW, ids.get(i), LEAD, null, made, due));
            }
        }
        taskRows.saveAll(tasks);
        entityManager.flush();
        entityManager.clear();
        return ids;
    }

    private static WorkflowTask task(
            String id, TaskKind kind, Long action, String assignee, String group, Instant made, Instant due) {
        return new WorkflowTask(
                new TaskFacts(
                        "big-" + id, kind, "a", "Big task", "p-" + id, null, action, ORG, assignee, group, made, due),
                "Big action",
                "Big task");
    }
}
