package org.parity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Actions and milestones by hand: stored as typed, a new action's SCOPE task, errors by their fields, refusals. */
@ParityTest
class ActionEditorPagesTest extends EditorPageSupport {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    /** A plan with one theme; the theme's id. */
    Long planWithTheme() throws Exception {
        Long plan = newPlan("Actions plan");
        send(post("/plans/{id}/themes/new", plan), "edi@kmpt", "title", "Progression")
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from theme where plan_id = ?", Long.class, plan);
    }

    Long planOf(Long theme) {
        return jdbc.queryForObject("select plan_id from theme where id = ?", Long.class, theme);
    }

    Long newAction(Long theme) throws Exception {
        String location = send(
                        post("/plans/{id}/actions/new", planOf(theme)),
                        "edi@kmpt",
                        "themeId",
                        theme.toString(),
                        "title",
                        "Reverse mentoring",
                        "rationale",
                        "Board hears staff",
                        "lead",
                        "lead@kmpt",
                        "sponsor",
                        "sponsor@kmpt",
                        "timescale",
                        "From Q2 2026; quarterly tracking",
                        "successMeasures",
                        "Ten pairs\n\n  Board reports  \n",
                        "stakeholders",
                        "Staff networks\nBoard",
                        "indicators",
                        "WRES2",
                        "indicators",
                        "WDES4")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.valueOf(location.replace("/actions/", ""));
    }

    @Test
    void aNewActionIsStoredAsTypedStartsDraftAndAsksItsLeadToConfirmTheScope() throws Exception {
        Long theme = planWithTheme();
        mvc.perform(get("/plans/{id}/actions/new", planOf(theme)).with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(ActionEditorController.ACTION_FORM))
                .andExpect(content().string(containsString("value=\"lead@kmpt\"")))
                .andExpect(content().string(not(containsString("value=\"lead@ekhuft\""))))
                .andExpect(content().string(containsString("value=\"WRES2\"")));
        Long id = newAction(theme);
        Map<String, Object> row = jdbc.queryForMap("select * from action where id = ?", id);
        assertThat(row)
                .containsEntry("TITLE", "Reverse mentoring")
                .containsEntry("RATIONALE", "Board hears staff")
                .containsEntry("LEAD_USERNAME", "lead@kmpt")
                .containsEntry("SPONSOR_USERNAME", "sponsor@kmpt")
                .containsEntry("TIMESCALE_TEXT", "From Q2 2026; quarterly tracking")
                .containsEntry("STATUS", "DRAFT")
                .containsEntry("START_DATE", java.sql.Date.valueOf("2026-04-01"))
                .containsEntry("THEME_ID", theme);
        assertThat(jdbc.queryForList(
                        "select indicator_code from action_indicator where action_id = ? order by 1", String.class, id))
                .containsExactly("WDES4", "WRES2");
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_listing where action_id = ? and theme_id = ?",
                        Long.class,
                        id,
                        theme))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select assignee from workflow_task where action_id = ? and kind = 'SCOPE'"
                                + " and state = 'OPEN'",
                        String.class,
                        id))
                .isEqualTo("lead@kmpt");
        assertThat(jdbc.queryForObject(
                        "select actor from audit_event where subject_type = 'ACTION' and subject_id = ?"
                                + " and event_type = 'ACTION_CREATED'",
                        String.class,
                        id.toString()))
                .isEqualTo("edi@kmpt");
        mvc.perform(get("/actions/{id}", id)
                        .with(as("edi@kmpt"))
                        .with(MvcSession.flash("message", "editor.action.created")))
                .andExpect(content().string(containsString("Check how the timescale was read")))
                .andExpect(content().string(containsString("1 April 2026")))
                .andExpect(content().string(containsString("calendar quarter")))
                .andExpect(content().string(containsString("<li>Ten pairs</li>")))
                .andExpect(content().string(containsString("<li>Board reports</li>")))
                .andExpect(content().string(containsString("/actions/" + id + "/edit")))
                .andExpect(content().string(containsString("/actions/" + id + "/milestones/new")));
        mvc.perform(get("/actions/{id}", id).with(as("lead@kmpt")))
                .andExpect(content().string(not(containsString("/actions/" + id + "/edit"))))
                .andExpect(content().string(not(containsString("/milestones/new"))));
    }

    @Test
    void anActionWithErrorsKeepsWhatWasTypedShowsEachErrorAndStoresNothing() throws Exception {
        Long theme = planWithTheme();
        Map<String, Object> before = tables();
        send(
                        post("/plans/{id}/actions/new", planOf(theme)),
                        "edi@kmpt",
                        "title",
                        "",
                        "rationale",
                        "Typed rationale",
                        "lead",
                        "sponsor@kmpt",
                        "sponsor",
                        "",
                        "timescale",
                        "Spring 2027",
                        "successMeasures",
                        "One\nTwo",
                        "indicators",
                        "NOT-AN-INDICATOR")
                .andExpect(status().isOk())
                .andExpect(view().name(ActionEditorController.ACTION_FORM))
                .andExpect(model().attributeHasFieldErrors("form", "themeId", "title", "lead", "sponsor", "indicators"))
                .andExpect(content().string(containsString("href=\"#lead\"")))
                .andExpect(content().string(containsString("Choose a lead from the organisation&#39;s action leads")))
                .andExpect(content().string(containsString("Choose the theme the action comes under")))
                .andExpect(content().string(containsString("Typed rationale")))
                .andExpect(content().string(containsString("value=\"Spring 2027\"")))
                .andExpect(content().string(containsString("One\nTwo")));
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void othersMayNotAddOrEditActionsOrMilestones() throws Exception {
        Long theme = planWithTheme();
        Long action = newAction(theme);
        Map<String, Object> before = tables();
        String version = "0";
        for (String user : List.of("lead@kmpt", "sponsor@kmpt")) {
            mvc.perform(get("/actions/{id}/edit", action).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/actions/{id}/milestones/new", action).with(as(user)))
                    .andExpect(status().isForbidden());
            send(
                            post("/plans/{id}/actions/new", planOf(theme)),
                            user,
                            "themeId",
                            theme.toString(),
                            "title",
                            "T",
                            "lead",
                            "lead@kmpt",
                            "sponsor",
                            "sponsor@kmpt")
                    .andExpect(status().isForbidden());
            send(
                            post("/actions/{id}/edit", action),
                            user,
                            "title",
                            "T",
                            "lead",
                            "lead@kmpt",
                            "sponsor",
                            "sponsor@kmpt",
                            "version",
                            version)
                    .andExpect(status().isForbidden());
            send(
                            post("/actions/{id}/milestones/new", action),
                            user,
                            "title",
                            "T",
                            "dueDay",
                            "1",
                            "dueMonth",
                            "1",
                            "dueYear",
                            "2027")
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/actions/{id}/edit", action).with(as("edi@ekhuft"))).andExpect(status().isNotFound());
        send(
                        post("/plans/{id}/actions/new", planOf(theme)),
                        "edi@ekhuft",
                        "themeId",
                        theme.toString(),
                        "title",
                        "T",
                        "lead",
                        "lead@kmpt",
                        "sponsor",
                        "sponsor@kmpt")
                .andExpect(status().isNotFound());
        send(
                        post("/actions/{id}/edit", action),
                        "edi@ekhuft",
                        "title",
                        "T",
                        "lead",
                        "lead@kmpt",
                        "sponsor",
                        "sponsor@kmpt",
                        "version",
                        version)
                .andExpect(status().isNotFound());
        send(
                        post("/actions/{id}/milestones/new", action),
                        "edi@ekhuft",
                        "title",
                        "T",
                        "dueDay",
                        "1",
                        "dueMonth",
                        "1",
                        "dueYear",
                        "2027")
                .andExpect(status().isNotFound());
        assertThat(tables()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title from action where id = ?", String.class, action))
                .isEqualTo("Reverse mentoring");
    }

    @Test
    void editingAnActionReassignsLeadAndSponsorReparsesTheTimescaleAndRefusesAStaleEdit() throws Exception {
        if (!users.existsByUsername("lead2@kmpt")) {
            users.save(new AppUser(
                    "lead2@kmpt",
                    encoder.encode("parity-demo"),
                    "Second lead",
                    "kmpt",
                    null,
                    EnumSet.of(Role.LEAD),
                    true));
        }
        Long action = newAction(planWithTheme());
        mvc.perform(get("/actions/{id}/edit", action).with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Reverse mentoring\"")))
                .andExpect(content().string(containsString("Ten pairs\nBoard reports")))
                .andExpect(content().string(containsString("A task already open stays with the person")));
        send(
                        post("/actions/{id}/edit", action),
                        "edi@kmpt",
                        "title",
                        "Reverse mentoring for the board",
                        "rationale",
                        "",
                        "lead",
                        "lead2@kmpt",
                        "sponsor",
                        "sponsor@kmpt",
                        "timescale",
                        "Ongoing",
                        "successMeasures",
                        "Twelve pairs",
                        "stakeholders",
                        "",
                        "indicators",
                        "WRES2",
                        "version",
                        "0")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "editor.action.saved"));
        Map<String, Object> row = jdbc.queryForMap("select * from action where id = ?", action);
        assertThat(row)
                .containsEntry("TITLE", "Reverse mentoring for the board")
                .containsEntry("RATIONALE", null)
                .containsEntry("LEAD_USERNAME", "lead2@kmpt")
                .containsEntry("TIMESCALE_TEXT", "Ongoing")
                .containsEntry("START_DATE", null)
                .containsEntry("DUE_DATE", null)
                .containsEntry("SUCCESS_MEASURES", "Twelve pairs");
        assertThat((String) row.get("FLAGS")).contains("OPEN_ENDED").doesNotContain("ASSUMED_CALENDAR_QUARTER");
        assertThat(jdbc.queryForList(
                        "select indicator_code from action_indicator where action_id = ?", String.class, action))
                .containsExactly("WRES2");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where subject_type = 'ACTION' and subject_id = ?"
                                + " and event_type = 'ACTION_CHANGED'",
                        String.class,
                        action.toString()))
                .contains("lead lead@kmpt -> lead2@kmpt");
        // the open SCOPE task stays with the lead it was given to (the choice this editor makes)
        assertThat(jdbc.queryForObject(
                        "select assignee from workflow_task where action_id = ? and state = 'OPEN'",
                        String.class,
                        action))
                .isEqualTo("lead@kmpt");

        send(
                        post("/actions/{id}/edit", action),
                        "edi@kmpt",
                        "title",
                        "An old view",
                        "lead",
                        "lead@kmpt",
                        "sponsor",
                        "sponsor@kmpt",
                        "version",
                        "0")
                .andExpect(status().isConflict())
                .andExpect(view().name(ActionEditorController.ACTION_FORM))
                .andExpect(content().string(containsString("Someone else changed this since you opened it")))
                .andExpect(content().string(containsString("value=\"An old view\"")));
        assertThat(jdbc.queryForObject("select title from action where id = ?", String.class, action))
                .isEqualTo("Reverse mentoring for the board");
    }

    @Test
    void aMilestoneIsStoredAsTypedAndItsErrorsAreShownByTheirFields() throws Exception {
        Long action = newAction(planWithTheme());
        mvc.perform(get("/actions/{id}/milestones/new", action).with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(MilestoneEditorController.MILESTONE_FORM));
        Map<String, Object> before = tables();
        send(
                        post("/actions/{id}/milestones/new", action),
                        "edi@kmpt",
                        "title",
                        "Pairs matched",
                        "dueDay",
                        "31",
                        "dueMonth",
                        "2",
                        "dueYear",
                        "2027",
                        "baseline",
                        "abc",
                        "target",
                        "12",
                        "targetPeriod",
                        "2026-27")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "dueDay", "baseline", "targetPeriod", "indicator"))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Enter a number")))
                .andExpect(content().string(containsString("Enter the period as YYYY/YY or YYYY")))
                .andExpect(content().string(containsString("A target needs an indicator")))
                .andExpect(content().string(containsString("href=\"#dueDay\"")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"2026-27\"")))
                .andExpect(content().string(containsString("value=\"Pairs matched\"")));
        assertThat(tables()).isEqualTo(before);

        send(
                        post("/actions/{id}/milestones/new", action),
                        "edi@kmpt",
                        "title",
                        "Pairs matched",
                        "dueDay",
                        "31",
                        "dueMonth",
                        "3",
                        "dueYear",
                        "2027",
                        "indicator",
                        "WRES2",
                        "group",
                        "BAME",
                        "baseline",
                        "30.5",
                        "baselinePeriod",
                        "2024",
                        "target",
                        "25",
                        "targetPeriod",
                        "2026")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "editor.milestone.added"));
        assertThat(jdbc.queryForMap(
                        "select title, due_date, indicator_code, group_code, baseline, baseline_period,"
                                + " target, target_period from milestone where action_id = ?",
                        action))
                .containsEntry("TITLE", "Pairs matched")
                .containsEntry("DUE_DATE", java.sql.Date.valueOf("2027-03-31"))
                .containsEntry("INDICATOR_CODE", "WRES2")
                .containsEntry("GROUP_CODE", "BAME")
                .containsEntry("BASELINE", 30.5)
                .containsEntry("BASELINE_PERIOD", "2024")
                .containsEntry("TARGET", 25.0)
                .containsEntry("TARGET_PERIOD", "2026");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where event_type = 'MILESTONE_ADDED'" + " and detail like ?",
                        Long.class,
                        "action " + action + ":%"))
                .isEqualTo(1);
        mvc.perform(get("/actions/{id}", action)
                        .with(as("edi@kmpt"))
                        .with(MvcSession.flash("message", "editor.milestone.added")))
                .andExpect(content().string(containsString("Milestone added.")))
                .andExpect(content().string(containsString("Pairs matched")));
    }

    @Test
    void aMilestoneIsChangedAsTypedRefusesStaleFormsAndOthers() throws Exception {
        Long action = newAction(planWithTheme());
        send(
                        post("/actions/{id}/milestones/new", action),
                        "edi@kmpt",
                        "title",
                        "Mentors recruited",
                        "dueDay",
                        "30",
                        "dueMonth",
                        "9",
                        "dueYear",
                        "2027")
                .andExpect(status().is3xxRedirection());
        Long milestone = jdbc.queryForObject("select id from milestone where action_id = ?", Long.class, action);

        mvc.perform(get("/milestones/{id}/edit", milestone).with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Mentors recruited\"")))
                .andExpect(content().string(containsString("value=\"2027\"")));
        mvc.perform(get("/actions/{id}", action).with(as("edi@kmpt")))
                .andExpect(content().string(containsString("/milestones/" + milestone + "/edit")));

        Map<String, Object> before = tables();
        send(
                        post("/milestones/{id}/edit", milestone),
                        "edi@kmpt",
                        "version",
                        "0",
                        "title",
                        "",
                        "dueDay",
                        "31",
                        "dueMonth",
                        "9",
                        "dueYear",
                        "2027")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title", "dueDay"));
        for (String user : List.of("lead@kmpt", "sponsor@kmpt")) {
            send(
                            post("/milestones/{id}/edit", milestone),
                            user,
                            "version",
                            "0",
                            "title",
                            "Hijacked",
                            "dueDay",
                            "1",
                            "dueMonth",
                            "1",
                            "dueYear",
                            "2028")
                    .andExpect(status().isForbidden());
        }
        send(
                        post("/milestones/{id}/edit", milestone),
                        "edi@kings",
                        "version",
                        "0",
                        "title",
                        "Hijacked",
                        "dueDay",
                        "1",
                        "dueMonth",
                        "1",
                        "dueYear",
                        "2028")
                .andExpect(status().isNotFound());
        assertThat(tables()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title from milestone where id = ?", String.class, milestone))
                .isEqualTo("Mentors recruited");

        send(
                        post("/milestones/{id}/edit", milestone),
                        "edi@kmpt",
                        "version",
                        "0",
                        "title",
                        "Mentors recruited and trained",
                        "dueDay",
                        "31",
                        "dueMonth",
                        "10",
                        "dueYear",
                        "2027",
                        "indicator",
                        "WRES7",
                        "group",
                        "BAME",
                        "target",
                        "55",
                        "targetPeriod",
                        "2027")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "editor.milestone.saved"));
        assertThat(jdbc.queryForMap(
                        "select title, due_date, indicator_code, target, version from milestone where id = ?",
                        milestone))
                .containsEntry("TITLE", "Mentors recruited and trained")
                .containsEntry("DUE_DATE", java.sql.Date.valueOf("2027-10-31"))
                .containsEntry("INDICATOR_CODE", "WRES7")
                .containsEntry("TARGET", 55.0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where event_type = 'MILESTONE_CHANGED'"
                                + " and subject_id = ?",
                        Long.class,
                        milestone.toString()))
                .isEqualTo(1);

        // deleting: others are refused, a stale version is refused, the right version deletes and is audited
        send(post("/milestones/{id}/delete", milestone), "lead@kmpt", "version", "1")
                .andExpect(status().isForbidden());
        send(post("/milestones/{id}/delete", milestone), "edi@kings", "version", "1")
                .andExpect(status().isNotFound());
        send(post("/milestones/{id}/delete", milestone), "edi@kmpt", "version", "0")
                .andExpect(flash().attribute("message", "editor.error.stale"));
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Long.class, milestone))
                .isEqualTo(1);

        // the form loaded before that change is stale now: refused, nothing changed
        send(
                        post("/milestones/{id}/edit", milestone),
                        "edi@kmpt",
                        "version",
                        "0",
                        "title",
                        "Old form",
                        "dueDay",
                        "1",
                        "dueMonth",
                        "1",
                        "dueYear",
                        "2028")
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select title from milestone where id = ?", String.class, milestone))
                .isEqualTo("Mentors recruited and trained");

        mvc.perform(get("/milestones/{id}/edit", milestone).with(as("edi@kmpt")))
                .andExpect(content().string(containsString("Delete milestone")));
        long version = jdbc.queryForObject("select version from milestone where id = ?", Long.class, milestone);
        send(post("/milestones/{id}/delete", milestone), "edi@kmpt", "version", String.valueOf(version))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "editor.milestone.deleted"));
        assertThat(jdbc.queryForObject("select count(*) from milestone where id = ?", Long.class, milestone))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where event_type = 'MILESTONE_DELETED'"
                                + " and subject_id = ?",
                        Long.class,
                        milestone.toString()))
                .isEqualTo(1);
    }
}
