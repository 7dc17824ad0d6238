package org.parity.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parity.plan.PlanViews.ActionSummary;
import org.parity.progress.Rag;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * "Find actions": words and filters become one WHERE clause, counted and paged by the database, so a
 * region of 100,000 actions costs two statements a page. Words match title, rationale or success
 * measures, case-insensitively and literally ({@code %} and {@code _} are escaped).
 */
@Repository
class ActionFinder {

    private final NamedParameterJdbcTemplate jdbc;

    ActionFinder(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(Set<String> organisations, ActionFilter filter, Set<Long> units) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject(
                "select count(*) from action a join plan p on p.id = a.plan_id"
                        + where(organisations, filter, units, params),
                params,
                Long.class);
        return n == null ? 0 : n;
    }

    /** One page of the matches (offset and size in rows; size 0 for all of them). */
    List<ActionSummary> page(Set<String> organisations, ActionFilter filter, Set<Long> units, long offset, int size) {
        MapSqlParameterSource params =
                new MapSqlParameterSource().addValue("offset", offset).addValue("size", size);
        return jdbc.query(
                """
                select a.id, a.title, p.id as plan_id, p.title as plan_title, p.organisation_code, a.status, a.rag,
                       p.standard_code, a.lead_username
                from action a join plan p on p.id = a.plan_id""" + where(organisations, filter, units, params)
                        + " order by p.organisation_code, a.plan_id, a.id"
                        + (size > 0 ? " offset :offset rows fetch next :size rows only" : ""),
                params,
                SUMMARY);
    }

    /** The WHERE clause; {@code units}: the ids of the filter's unit in the caller's organisations (null: no unit filter). */
    private static String where(
            Set<String> organisations, ActionFilter f, Set<Long> units, MapSqlParameterSource params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("p.organisation_code in (:orgs)");
        params.addValue("orgs", organisations);
        if (f.words() != null) {
            clauses.add("(lower(a.title) like :q escape '\\' or lower(coalesce(a.rationale, '')) like :q escape '\\'"
                    + " or lower(coalesce(a.success_measures, '')) like :q escape '\\')");
            params.addValue("q", contains(f.words().toLowerCase(Locale.UK)));
        }
        if (f.plan() != null) {
            clauses.add("a.plan_id = :plan");
            params.addValue("plan", f.plan());
        }
        if (f.standard() != null) {
            clauses.add("p.standard_code = :standard");
            params.addValue("standard", f.standard());
        }
        if (f.status() != null) {
            clauses.add("a.status = :status");
            params.addValue("status", f.status().name());
        }
        if (f.rag() != null) {
            clauses.add("a.rag = :rag");
            params.addValue("rag", f.rag().name());
        }
        if (f.lead() != null) {
            clauses.add("a.lead_username like :lead escape '\\'");
            params.addValue("lead", contains(f.lead()));
        }
        if (units != null) {
            clauses.add("a.unit_id in (:units)");
            params.addValue("units", units);
        }
        return " where " + String.join(" and ", clauses);
    }

    /** A LIKE pattern matching the text literally anywhere. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static final RowMapper<ActionSummary> SUMMARY = (rs, row) -> {
        String rag = rs.getString("rag");
        return new ActionSummary(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("plan_id"),
                rs.getString("plan_title"),
                rs.getString("organisation_code"),
                ActionStatus.valueOf(rs.getString("status")),
                rag == null ? null : Rag.valueOf(rag),
                rs.getString("standard_code"),
                rs.getString("lead_username"));
    };
}
