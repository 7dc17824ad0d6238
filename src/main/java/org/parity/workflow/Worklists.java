package org.parity.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The worklists, paged and ordered in the database so that a person with thousands of tasks costs
 * the same few statements as one with three. Reads the task read model; the lead's "My actions" is
 * {@link LedActions}.
 */
@Repository
class Worklists {

    /** Which open tasks: the work a person does, or the decisions they make. */
    enum Scope {
        WORK("t.due_at asc nulls last, t.created_at asc, t.id"),
        DECISIONS("t.created_at asc, t.id"),
        ALL("t.due_at asc nulls last, t.created_at asc, t.id");

        private final String keys;
        private final String order;

        Scope(String keys) {
            this.keys = keys;
            this.order = " order by " + keys;
        }

        List<String> kinds() {
            return Arrays.stream(TaskKind.values())
                    .filter(k -> this == ALL || (this == DECISIONS) == k.isDecision())
                    .map(Enum::name)
                    .toList();
        }
    }

    static final String TASK_COLUMNS = "t.id, t.kind, t.action_id, t.action_title, t.organisation_code, t.title, "
            + "t.assignee, t.candidate_group, t.created_at, t.due_at, t.state";

    /**
     * Open tasks of these kinds assigned to the person or offered to one of their groups: two index
     * lookups joined by UNION (an IN over a sub-query was re-run for every row of the table on H2).
     */
    private static final String MINE = "select " + TASK_COLUMNS + " from workflow_task t where t.state = 'OPEN'"
            + " and t.assignee = :username and t.kind in (:kinds)"
            + " union select " + TASK_COLUMNS + " from workflow_task t where t.state = 'OPEN'"
            + " and t.candidate_group in (:groups) and t.kind in (:kinds)";

    private final NamedParameterJdbcTemplate jdbc;

    Worklists(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many open tasks: the person's own plus their groups' that are not also theirs (the UNION's rows,
     * counted as two index range counts instead of building the union).
     */
    long countOpen(String username, Collection<String> groups, Scope scope) {
        Long n = jdbc.queryForObject(
                "select (select count(*) from workflow_task t where t.state = 'OPEN'"
                        + " and t.assignee = :username and t.kind in (:kinds))"
                        + " + (select count(*) from workflow_task t where t.state = 'OPEN'"
                        + " and t.candidate_group in (:groups) and t.kind in (:kinds)"
                        + " and (t.assignee is null or t.assignee <> :username))",
                params(username, groups, scope),
                Long.class);
        return n == null ? 0 : n;
    }

    /**
     * One page of open tasks (offset and size in rows; size 0 for all of them). A page is the first
     * offset + size rows of each source (the person's own tasks, and each group's) merged: every row of the page
     * is among the first offset + size of its own source. Each source is read in the order of its index
     * (state, person or group, then the scope's order), which the ORDER BY names in full so that H2 too reads
     * only those rows instead of sorting all of the person's tasks.
     */
    List<TaskView> open(String username, Collection<String> groups, Scope scope, long offset, int size) {
        if (size <= 0) {
            return jdbc.query(
                    "select * from (" + MINE + ") t" + scope.order, params(username, groups, scope), TASK_VIEW);
        }
        MapSqlParameterSource params =
                params(username, groups, scope).addValue("offset", offset).addValue("size", size);
        String page = " offset :offset rows fetch next :size rows only";
        if (groups.isEmpty()) {
            return jdbc.query(source("t.assignee", ":username", scope) + page, params, TASK_VIEW);
        }
        // the row count is a number Parity computes, never text from the request; written into the SQL because
        // H2 gave no rows for a second page when it was a parameter of sources inside a derived table
        String first = " fetch first " + Math.addExact(offset, size) + " rows only)";
        StringBuilder sources = new StringBuilder("(" + source("t.assignee", ":username", scope) + first);
        int i = 0;
        for (String group : groups) {
            params.addValue("group" + i, group);
            sources.append(" union (")
                    .append(source("t.candidate_group", ":group" + i, scope))
                    .append(first);
            i++;
        }
        return jdbc.query(sources + " order by " + scope.keys.replace("t.", "") + page, params, TASK_VIEW);
    }

    /** One source of a page: the open tasks of one person or group, in the order of their index. */
    private static String source(String column, String value, Scope scope) {
        return "select " + TASK_COLUMNS + " from workflow_task t where t.state = 'OPEN' and " + column + " = " + value
                + " and t.kind in (:kinds) order by t.state, " + column + ", " + scope.keys;
    }

    /**
     * One organisation's open tasks of these kinds, optionally only those due from {@code dueFrom} up to (not including) {@code dueTo}, in the
     * scope's order: counted (size &lt; 0) or one page of them.
     */
    long countInOrganisation(
            String organisation, Long unitId, Collection<TaskKind> kinds, Instant dueFrom, Instant dueTo) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject(
                "select count(*) from workflow_task t"
                        + inOrganisation(organisation, unitId, kinds, dueFrom, dueTo, params),
                params,
                Long.class);
        return n == null ? 0 : n;
    }

    List<TaskView> inOrganisation(
            String organisation,
            Long unitId,
            Collection<TaskKind> kinds,
            Instant dueFrom,
            Instant dueTo,
            Scope order,
            long offset,
            int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("offset", offset).addValue("size", size);
        return jdbc.query(
                "select " + TASK_COLUMNS + " from workflow_task t"
                        + inOrganisation(organisation, unitId, kinds, dueFrom, dueTo, params) + order.order
                        + " offset :offset rows fetch next :size rows only",
                params,
                TASK_VIEW);
    }

    /** The open tasks of one kind of these actions (a page's worth of ids). */
    List<TaskView> openOfActions(Collection<Long> actionIds, TaskKind kind) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select " + TASK_COLUMNS + " from workflow_task t where t.action_id in (:ids)"
                        + " and t.state = 'OPEN' and t.kind = :kind order by t.created_at",
                new MapSqlParameterSource("ids", actionIds).addValue("kind", kind.name()),
                TASK_VIEW);
    }

    /**
     * The WHERE clause of an organisation's open tasks; with a unit, only the tasks of actions aimed at it
     * (the one place the worklists read the plan module's action table: its unit column, by subquery).
     */
    private static String inOrganisation(
            String organisation,
            Long unitId,
            Collection<TaskKind> kinds,
            Instant dueFrom,
            Instant dueTo,
            MapSqlParameterSource params) {
        params.addValue("org", organisation)
                .addValue("kinds", kinds.stream().map(Enum::name).toList());
        StringBuilder where =
                new StringBuilder(" where t.organisation_code = :org and t.state = 'OPEN' and t.kind in (:kinds)");
        if (dueFrom != null) {
            where.append(" and t.due_at >= :dueFrom");
            params.addValue("dueFrom", Timestamp.from(dueFrom));
        }
        if (dueTo != null) {
            where.append(" and t.due_at < :dueTo");
            params.addValue("dueTo", Timestamp.from(dueTo));
        }
        if (unitId != null) {
            where.append(" and t.action_id in (select u.id from action u where u.unit_id = :unit)");
            params.addValue("unit", unitId);
        }
        return where.toString();
    }

    private static MapSqlParameterSource params(String username, Collection<String> groups, Scope scope) {
        return new MapSqlParameterSource("username", username)
                .addValue("groups", groups.isEmpty() ? List.of("-") : groups)
                .addValue("kinds", scope.kinds());
    }

    static final RowMapper<TaskView> TASK_VIEW = (rs, row) -> new TaskView(
            rs.getString("id"),
            TaskKind.valueOf(rs.getString("kind")),
            longOrNull(rs, "action_id"),
            rs.getString("action_title"),
            rs.getString("organisation_code"),
            rs.getString("title"),
            rs.getString("assignee"),
            rs.getString("candidate_group"),
            instant(rs, "created_at"),
            instant(rs, "due_at"),
            rs.getString("state"));

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
