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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lead's "My actions", paged and ordered by urgency in the database: reads the plan module's
 * action, plan and milestone tables (read only, as a report would), because urgency needs the open
 * update task and the off-track milestones beside each action.
 */
@Repository
class LedActions {

    private final NamedParameterJdbcTemplate jdbc;

    LedActions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many actions the person leads in these organisations. */
    long countLed(String username, Set<String> organisations) {
        if (organisations.isEmpty()) {
            return 0;
        }
        Long n = jdbc.queryForObject(
                """
                select count(*) from action a join plan p on p.id = a.plan_id
                where a.lead_username = :lead and p.organisation_code in (:orgs)
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
        MapSqlParameterSource params = new MapSqlParameterSource("lead", username)
                .addValue("orgs", organisations)
                .addValue("now", Timestamp.from(now))
                .addValue("today", today)
                .addValue("offset", offset)
                .addValue("size", size);
        List<ActionLine> lines = jdbc.query("""
                select * from (
                  select a.id, a.title, p.id as plan_id, p.title as plan_title, p.organisation_code, a.status, a.rag,
                         a.percent_complete, a.due_date, a.lead_username, a.sponsor_username,
                         (select min(t.due_at) from workflow_task t
                           where t.action_id = a.id and t.state = 'OPEN' and t.kind = 'PROGRESS_UPDATE') as next_due,
                         case when exists (select 1 from milestone m
                           where m.action_id = a.id and m.status in ('OFF_TRACK', 'MISSED')) then 1 else 0 end as milestone_off
                  from action a join plan p on p.id = a.plan_id
                  where a.lead_username = :lead and p.organisation_code in (:orgs)
                ) x
                order by
                  case when x.next_due < :now
                         or (x.status not in ('COMPLETE', 'WITHDRAWN') and x.due_date < :today) then 0 else 1 end,
                  case when x.status not in ('COMPLETE', 'WITHDRAWN')
                         and (x.milestone_off = 1 or x.rag = 'RED') then 0 else 1 end,
                  x.next_due asc nulls last, x.id
                offset :offset rows fetch next :size rows only
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
