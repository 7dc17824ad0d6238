package org.parity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.ActionStatus;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.security.HostileProbes.Probe;
import org.parity.security.HostileProbes.Surface;
import org.parity.security.HostileProbes.Targets;
import org.parity.support.TestActions;
import org.parity.workflow.ProcessGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * More than a thousand hostile requests across every API route and every form ({@link HostileProbes}).
 * For each one: a 4xx, never a 5xx; from the API, problem details naming the field; on a page, the form
 * again with an error summary linking to the field; and every business table exactly as it was (row
 * count and a checksum of every row of every table). Every fault is collected, then reported together.
 */
@ParityTest
class HostileInputTest {

    /** The business tables (the audit trail is left out on purpose: every refusal is audited). */
    static final List<String> TABLES = List.of(
            "ics_system",
            "organisation",
            "org_unit",
            "app_user",
            "app_user_role",
            "equality_standard",
            "population_group",
            "indicator",
            "measurement",
            "plan",
            "theme",
            "action",
            "action_listing",
            "action_indicator",
            "milestone",
            "progress_update",
            "review",
            "submission",
            "workflow_task",
            "mail_outbox",
            "issued_report",
            "issued_report_file",
            "api_token",
            "calendar_link");

    static final Caller LEAD = new Caller("lead@kmpt", "Lead", EnumSet.of(Role.LEAD), "kmpt", null);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    TaskService engineTasks;

    @Autowired
    ObjectMapper json;

    @Autowired
    EventPublicationRegistry publications;

    @Test
    void aThousandHostileRequestsAreAnsweredWithClearErrorsAndChangeNothing() throws Exception {
        List<Probe> probes = new HostileProbes(users, targets()).all();
        assertThat(probes).hasSizeGreaterThanOrEqualTo(1000);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> publications.findIncompletePublications().isEmpty());

        Map<String, String> before = snapshot();
        List<String> faults = new ArrayList<>();
        for (Probe probe : probes) {
            try {
                MvcResult result = mvc.perform(probe.request()).andReturn();
                String fault = judge(probe, result);
                if (fault != null) {
                    faults.add(probe.name() + ": " + fault);
                }
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                faults.add(probe.name() + ": failed (a 500) with "
                        + root.getClass().getSimpleName() + ": "
                        + HostileProbes.shorten(String.valueOf(root.getMessage())));
            }
            Map<String, String> after = snapshot();
            if (!after.equals(before)) {
                List<String> changed = new ArrayList<>();
                for (String table : TABLES) {
                    if (!before.get(table).equals(after.get(table))) {
                        changed.add(table);
                    }
                }
                faults.add(probe.name() + ": changed " + changed);
                before = after;
            }
        }
        assertThat(faults)
                .as("%d of %d hostile requests were answered wrongly", faults.size(), probes.size())
                .isEmpty();
    }

    /** Null when the answer is right, else what is wrong with it. */
    private String judge(Probe probe, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            return "answered " + status
                    + (result.getResolvedException() == null
                            ? ""
                            : " (" + result.getResolvedException().getClass().getSimpleName() + ")");
        }
        if (probe.surface() == Surface.QUERY) {
            String type = result.getResponse().getContentType();
            boolean api = result.getRequest().getRequestURI().startsWith("/api/");
            return status >= 400 && api && (type == null || !type.startsWith("application/problem+json"))
                    ? "refused " + status + " as " + type + ", not problem details"
                    : null;
        }
        if (probe.surface() == Surface.API) {
            if (status < 400) {
                return "answered " + status + ", not 4xx";
            }
            String type = result.getResponse().getContentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return "answered " + status + " as " + type + ", not problem details";
            }
            if (probe.field() != null && status == 400) {
                JsonNode errors = json.readTree(body).path("errors");
                boolean named = false;
                for (JsonNode error : errors) {
                    String field = error.path("field").asText();
                    named |= probe.field().equals(field) || field.startsWith(probe.field() + ".");
                }
                if (!named) {
                    return "400 without an error for the field " + probe.field() + ": " + HostileProbes.shorten(body);
                }
            }
            return null;
        }
        if (status >= 400 || (status >= 300 && status < 400 && probe.field() == null)) {
            return null;
        }
        if (status != 200) {
            return "answered " + status;
        }
        if (!body.contains("govuk-error-summary")) {
            return "answered 200 without an error summary";
        }
        if (probe.field() != null && !body.contains("href=\"#" + probe.field())) {
            return "the error summary does not link to the field " + probe.field();
        }
        return null;
    }

    /** Per business table: its row count and an order-independent checksum of all its rows. */
    private Map<String, String> snapshot() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            long[] sum = new long[2];
            jdbc.query("select * from " + table, (ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                MessageDigest digest = sha256();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (table.equals("api_token") && meta.getColumnLabel(i).equalsIgnoreCase("last_used_at")) {
                        continue;
                    }
                    Object value = rs.getObject(i);
                    digest.update(
                            (value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : String.valueOf(value))
                                    .getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                sum[0]++;
                sum[1] += ByteBuffer.wrap(digest.digest()).getLong();
            });
            tables.put(table, sum[0] + ":" + Long.toHexString(sum[1]));
        }
        return tables;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** KMPT's records the probes aim at: a progress update waiting for its lead, a review for its sponsor. */
    private Targets targets() {
        TestActions test = new TestActions(actions, plans, themes);
        Action updating = test.create("lead@kmpt", "sponsor@kmpt", LocalDate.of(2061, 3, 31), ActionStatus.IN_PROGRESS);
        Action reviewed = test.create("lead@kmpt", "sponsor@kmpt", LocalDate.of(2061, 3, 31), ActionStatus.IN_PROGRESS);
        gateway.startUnderWay(List.of(updating.getId(), reviewed.getId()));
        String leadTask = openTask(updating.getId());
        gateway.complete(
                openTask(reviewed.getId()),
                LEAD,
                json.valueToTree(Map.of(
                        "rag",
                        "AMBER",
                        "percentComplete",
                        40,
                        "narrative",
                        "Half way",
                        "evidenceUrl",
                        "https://intranet.example/e",
                        "proposeCompletion",
                        false)));
        String reviewTask = openTask(reviewed.getId());
        long plan = jdbc.queryForObject("select id from plan where plan_key = 'kmpt-race-2025-27'", Long.class);
        long theme = jdbc.queryForObject("select min(id) from theme where plan_id = ?", Long.class, plan);
        long action = jdbc.queryForObject("select min(id) from action where plan_id = ?", Long.class, plan);
        long milestone = jdbc.queryForObject(
                "select min(m.id) from milestone m join action a on a.id = m.action_id"
                        + " join plan p on p.id = a.plan_id where p.organisation_code = 'kmpt'",
                Long.class);
        long leadUser = jdbc.queryForObject("select id from app_user where username = 'lead@kmpt'", Long.class);
        return new Targets(plan, theme, action, milestone, leadTask, reviewTask, leadUser);
    }

    private String openTask(Long actionId) {
        return engineTasks
                .createTaskQuery()
                .processInstanceBusinessKey(String.valueOf(actionId))
                .singleResult()
                .getId();
    }
}
