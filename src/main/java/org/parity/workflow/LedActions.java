package org.parity.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanViews.ActionLine;
import org.parity.progress.Rag;
import org.parity.workflow.internal.LedActionRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lead's "My actions", paged and ordered by urgency in the database. The order is taken from the
 * workflow module's led_action read model (kept by LedActionRows in the transaction of every write to an
 * action, its milestones or its progress updates), which holds every fact of the order in one row per action,
 * so a page reads the lead's narrow rows of one table and no sub-query per action; only the page's rows are
 * then joined to the plan module's action and plan tables (read only, as a report would) for what they show.
 */
@Repository
class LedActions {

    private final NamedParameterJdbcTemplate jdbc;
    private final LedActionRows rows;

    LedActions(NamedParameterJdbcTemplate jdbc, LedActionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** How many actions the person leads in these organisations. */
    long countLed(String username, Set<String> organisations) {
        if (organisations.isEmpty()) {
            return 0;
        }
        rows.settle();
        Long n = jdbc.queryForObject(
                """
                select count(*) from led_action r
                where r.lead_username = :lead and r.organisation_code in (:orgs)
                """, new MapSqlParameterSource("lead", username).addValue("orgs", organisations), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * One page of the actions a person leads, most urgent first: overdue (the next update past due, or
     * an action under way past its own due date), then off track (red, or a milestone off track or
     * missed), then the soonest update due, then the oldest action. Each with its next update task.
     */
    List<TaskQueries.LedAction> led(
            String username, Set<String> organisations, Instant now, LocalDate today, long offset, int size) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        rows.settle();
        MapSqlParameterSource params = new MapSqlParameterSource("lead", username)
                .addValue("orgs", organisations)
                .addValue("now", Timestamp.from(now))
                .addValue("today", today)
                .addValue("offset", offset)
                .addValue("size", size);
        List<ActionLine> lines = jdbc.query("""
                select a.id, a.title, p.id as plan_id, p.title as plan_title, p.organisation_code, a.status, a.rag,
                       a.percent_complete, a.due_date, a.lead_username, a.sponsor_username, k.milestone_off
                from (
                  select r.action_id, r.milestone_off, r.next_update_due,
                         case when r.next_update_due < :now
                                or (r.status not in ('COMPLETE', 'WITHDRAWN') and r.due_date < :today) then 0 else 1 end
                           as late,
                         case when r.status not in ('COMPLETE', 'WITHDRAWN')
                                and (r.milestone_off = 1 or r.rag = 'RED') then 0 else 1 end as off_track
                  from led_action r
                  where r.lead_username = :lead and r.organisation_code in (:orgs)
                  order by late, off_track, r.next_update_due asc nulls last, r.action_id
                  offset :offset rows fetch next :size rows only
                ) k
                join action a on a.id = k.action_id
                join plan p on p.id = a.plan_id
                order by k.late, k.off_track, k.next_update_due asc nulls last, k.action_id
                """, params, LedActions::actionLine);
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, TaskView> updates = new HashMap<>();
        jdbc.query(
                        "select " + Worklists.TASK_COLUMNS
                                + " from workflow_task t where t.action_id in (:ids) and t.state = 'OPEN'"
                                + " and t.kind = 'PROGRESS_UPDATE' order by t.due_at asc nulls last, t.created_at asc",
                        new MapSqlParameterSource(
                                "ids", lines.stream().map(ActionLine::id).toList()),
                        Worklists.TASK_VIEW)
                .forEach(t -> updates.putIfAbsent(t.actionId(), t));
        return lines.stream()
                .map(a -> new TaskQueries.LedAction(a, updates.get(a.id())))
                .toList();
    }

    private static ActionLine actionLine(ResultSet rs, int row) throws SQLException {
        String rag = rs.getString("rag");
        java.sql.Date due = rs.getDate("due_date");
        Integer percent = (Integer) rs.getObject("percent_complete", Integer.class);
        return new ActionLine(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("plan_id"),
                rs.getString("plan_title"),
                rs.getString("organisation_code"),
                ActionStatus.valueOf(rs.getString("status")),
                rag == null ? null : Rag.valueOf(rag),
                percent,
                due == null ? null : due.toLocalDate(),
                rs.getString("lead_username"),
                rs.getString("sponsor_username"),
                rs.getInt("milestone_off") == 1);
    }
}
