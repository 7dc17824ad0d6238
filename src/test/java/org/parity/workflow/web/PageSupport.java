package org.parity.workflow.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.plan.ActionStatus;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.TestActions;
import org.parity.workflow.ProcessGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the page tests share: a fresh action with a running process per test, task ids, and a snapshot of its rows. */
@org.parity.support.CreatesActions
abstract class PageSupport {

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "parity-demo");
    }

    Long underWayAction(String lead, String sponsor) {
        Long id = new TestActions(actions, plans, themes).create(lead, sponsor).getId();
        gateway.startUnderWay(List.of(id));
        return id;
    }

    String openTask(Long actionId, String kind) {
        return jdbc.queryForObject(
                "select id from workflow_task where action_id = ? and kind = ? and state = 'OPEN'",
                String.class,
                actionId,
                kind);
    }

    void ensureLeadAndSponsor(String username) {
        if (!users.existsByUsername(username)) {
            users.save(new AppUser(
                    username,
                    encoder.encode("parity-demo"),
                    "Lead and sponsor",
                    "kmpt",
                    null,
                    EnumSet.of(Role.LEAD, Role.SPONSOR),
                    true));
        }
    }

    /** Everything about one action that a refused or invalid request must leave as it was. */
    Map<String, Object> snapshot(Long actionId) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String table : List.of("progress_update", "submission", "review")) {
            s.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) from " + table + " where action_id = ?", Long.class, actionId));
        }
        s.put(
                "audit",
                jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'ACTION' and subject_id = ?",
                        Long.class,
                        actionId.toString()));
        s.put(
                "tasks",
                jdbc.queryForList(
                        "select id || ':' || state from workflow_task where action_id = ? order by id",
                        String.class,
                        actionId));
        s.put(
                "action",
                jdbc.queryForMap(
                        "select status, rag, percent_complete, due_date, withdrawn_reason, version from action where id = ?",
                        actionId));
        return s;
    }

    static ActionStatus statusOf(JdbcTemplate jdbc, Long actionId) {
        return ActionStatus.valueOf(
                jdbc.queryForObject("select status from action where id = ?", String.class, actionId));
    }
}
