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

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;

/** Plans and themes by hand: what is typed is stored, errors sit by their fields, others are refused. */
@ParityTest
class PlanEditorPagesTest extends EditorPageSupport {

    @Test
    void theEdiTeamCreatesAPlanExactlyAsTyped() throws Exception {
        mvc.perform(get("/").with(as("edi@kmpt")))
                .andExpect(content().string(containsString("/organisations/kmpt/plans/new")));
        mvc.perform(get("/organisations/kmpt/plans/new").with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(view().name(PlanEditorController.PLAN_FORM));
        var result = send(
                        post("/organisations/kmpt/plans/new"),
                        "edi@kmpt",
                        "title",
                        "  Disability equality 2026  ",
                        "standard",
                        "WDES",
                        "period",
                        "2026–28",
                        "description",
                        "Our WDES actions")
                .andExpect(flash().attribute("message", "editor.plan.created"))
                .andReturn();
        Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/plans/", ""));
        assertThat(jdbc.queryForMap(
                        "select organisation_code, standard_code, title, period, description from plan where id = ?",
                        id))
                .containsEntry("ORGANISATION_CODE", "kmpt")
                .containsEntry("STANDARD_CODE", "WDES")
                .containsEntry("TITLE", "Disability equality 2026")
                .containsEntry("PERIOD", "2026–28")
                .containsEntry("DESCRIPTION", "Our WDES actions");
        assertThat(jdbc.queryForObject(
                        "select actor from audit_event where subject_type = 'PLAN' and subject_id = ?"
                                + " and event_type = 'PLAN_CREATED'",
                        String.class,
                        id.toString()))
                .isEqualTo("edi@kmpt");
        mvc.perform(get("/plans/{id}", id)
                        .with(as("edi@kmpt"))
                        .with(MvcSession.flash("message", "editor.plan.created")))
                .andExpect(content().string(containsString("Plan created.")))
                .andExpect(content().string(containsString("/plans/" + id + "/edit")))
                .andExpect(content().string(containsString("/plans/" + id + "/themes/new")))
                .andExpect(content().string(containsString("has no themes yet")));
    }

    @Test
    void aPlanWithErrorsIsShownAgainAsTypedWithEachErrorByItsFieldAndNothingStored() throws Exception {
        Map<String, Object> before = tables();
        send(
                        post("/organisations/kmpt/plans/new"),
                        "edi@kmpt",
                        "title",
                        " ",
                        "standard",
                        "XYZ",
                        "period",
                        "",
                        "description",
                        "Kept as typed <b>")
                .andExpect(status().isOk())
                .andExpect(view().name(PlanEditorController.PLAN_FORM))
                .andExpect(model().attributeHasFieldErrors("form", "title", "standard", "period"))
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("href=\"#standard\"")))
                .andExpect(content().string(containsString("href=\"#period\"")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("Enter a title")))
                .andExpect(content().string(containsString("Choose the standard the plan is for")))
                .andExpect(content().string(containsString("Enter the period the plan covers")))
                .andExpect(content().string(containsString("Kept as typed &lt;b&gt;")));
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void othersAreRefusedAndNothingChanges() throws Exception {
        Long id = newPlan("Refusals plan");
        Map<String, Object> before = tables();
        for (String user : List.of("lead@kmpt", "sponsor@kmpt", "board@kmpt")) {
            mvc.perform(get("/plans/{id}/edit", id).with(as(user))).andExpect(status().isForbidden());
            send(post("/organisations/kmpt/plans/new"), user, "title", "T", "standard", "WRES", "period", "2026")
                    .andExpect(status().isForbidden());
            send(post("/plans/{id}/edit", id), user, "title", "T", "period", "2026", "version", "0")
                    .andExpect(status().isForbidden());
            send(post("/plans/{id}/themes/new", id), user, "title", "T").andExpect(status().isForbidden());
        }
        mvc.perform(get("/plans/{id}", id).with(as("lead@kmpt")))
                .andExpect(content().string(not(containsString("/plans/" + id + "/edit"))));
        mvc.perform(get("/organisations/kmpt/plans/new").with(as("edi@ekhuft"))).andExpect(status().isNotFound());
        send(post("/organisations/kmpt/plans/new"), "edi@ekhuft", "title", "T", "standard", "WRES", "period", "2026")
                .andExpect(status().isNotFound());
        send(post("/plans/{id}/edit", id), "edi@ekhuft", "title", "T", "period", "2026", "version", "0")
                .andExpect(status().isNotFound());
        send(post("/plans/{id}/themes/new", id), "edi@ekhuft", "title", "T").andExpect(status().isNotFound());
        assertThat(tables()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title from plan where id = ?", String.class, id))
                .isEqualTo("Refusals plan");
    }

    @Test
    void anAdminMayCreateAPlanForAnyOrganisation() throws Exception {
        send(
                        post("/organisations/ekhuft/plans/new"),
                        "admin",
                        "title",
                        "Admin's plan",
                        "standard",
                        "GPG",
                        "period",
                        "2026")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan where organisation_code = 'ekhuft' and title = ?",
                        Long.class,
                        "Admin's plan"))
                .isEqualTo(1);
    }

    @Test
    void editingAPlanChangesTitlePeriodAndDescriptionAndAStaleEditIsRefused() throws Exception {
        Long id = newPlan("Plan to edit");
        mvc.perform(get("/plans/{id}/edit", id).with(as("edi@kmpt")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Plan to edit\"")));
        send(
                        post("/plans/{id}/edit", id),
                        "edi@kmpt",
                        "title",
                        "Edited plan",
                        "period",
                        "2026–29",
                        "description",
                        "",
                        "version",
                        "0")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "editor.plan.saved"));
        assertThat(jdbc.queryForMap(
                        "select title, period, description, standard_code, version from plan where id = ?", id))
                .containsEntry("TITLE", "Edited plan")
                .containsEntry("PERIOD", "2026–29")
                .containsEntry("DESCRIPTION", null)
                .containsEntry("STANDARD_CODE", "WDES")
                .containsEntry("VERSION", 1L);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where subject_type = 'PLAN' and subject_id = ?"
                                + " and event_type = 'PLAN_CHANGED'",
                        String.class,
                        id.toString()))
                .isEqualTo("Plan to edit · 2026–28 -> Edited plan · 2026–29");

        send(
                        post("/plans/{id}/edit", id),
                        "edi@kmpt",
                        "title",
                        "Someone else's old view",
                        "period",
                        "2026",
                        "version",
                        "0")
                .andExpect(status().isConflict())
                .andExpect(view().name(PlanEditorController.PLAN_FORM))
                .andExpect(content().string(containsString("Someone else changed this since you opened it")))
                .andExpect(content().string(containsString("value=\"Someone else&#39;s old view\"")));
        assertThat(jdbc.queryForObject("select title from plan where id = ?", String.class, id))
                .isEqualTo("Edited plan");
    }

    @Test
    void themesAreAddedInOrderAndRenamedAndAStaleRenameIsRefused() throws Exception {
        Long id = newPlan("Plan with themes");
        send(post("/plans/{id}/themes/new", id), "edi@kmpt", "title", "")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title"));
        assertThat(jdbc.queryForObject("select count(*) from theme where plan_id = ?", Long.class, id))
                .isZero();
        send(post("/plans/{id}/themes/new", id), "edi@kmpt", "title", "Recruitment")
                .andExpect(flash().attribute("message", "editor.theme.added"));
        send(post("/plans/{id}/themes/new", id), "edi@kmpt", "title", "Retention")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select title from theme where plan_id = ? order by position", String.class, id))
                .containsExactly("Recruitment", "Retention");
        Long theme = jdbc.queryForObject("select id from theme where plan_id = ? and position = 1", Long.class, id);
        mvc.perform(get("/plans/{id}", id).with(as("edi@kmpt")))
                .andExpect(content().string(containsString("/themes/" + theme + "/edit")))
                .andExpect(content().string(containsString("/plans/" + id + "/actions/new")));

        mvc.perform(get("/themes/{id}/edit", theme).with(as("lead@kmpt"))).andExpect(status().isForbidden());
        mvc.perform(get("/themes/{id}/edit", theme).with(as("edi@ekhuft"))).andExpect(status().isNotFound());
        send(post("/themes/{id}/edit", theme), "edi@kmpt", "title", "Fair recruitment", "version", "0")
                .andExpect(flash().attribute("message", "editor.theme.renamed"));
        send(post("/themes/{id}/edit", theme), "edi@kmpt", "title", "Old view", "version", "0")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this since you opened it")));
        assertThat(jdbc.queryForObject("select title from theme where id = ?", String.class, theme))
                .isEqualTo("Fair recruitment");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where subject_type = 'THEME' and subject_id = ?",
                        Long.class,
                        theme.toString()))
                .isEqualTo(2);
    }
}
