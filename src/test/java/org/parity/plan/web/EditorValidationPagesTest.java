package org.parity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;

/**
 * The editor pages' constraints: each error next to its field and in the summary, the form as typed,
 * nothing stored; and the plan or action a form is checked against comes from the path, never the form.
 */
@ParityTest
class EditorValidationPagesTest extends EditorPageSupport {

    Long themeOf(Long plan) throws Exception {
        send(post("/plans/{id}/themes/new", plan), "edi@kmpt", "title", "Checked theme")
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from theme where plan_id = ?", Long.class, plan);
    }

    @Test
    void controlCharactersAndOverlongTextAreRefusedByTheirFields() throws Exception {
        Map<String, Object> before = tables();
        send(
                        post("/organisations/kmpt/plans/new"),
                        "edi@kmpt",
                        "title",
                        "Race\u0007 plan",
                        "standard",
                        "wres",
                        "period",
                        "2026".repeat(16),
                        "description",
                        "Line one\nLine two")
                .andExpect(status().isOk())
                .andExpect(view().name(PlanEditorController.PLAN_FORM))
                .andExpect(model().attributeHasFieldErrors("form", "title", "period"))
                .andExpect(model().attributeErrorCount("form", 2))
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("Remove the control character")))
                .andExpect(content().string(containsString("This is too long: shorten it")))
                .andExpect(content().string(not(containsString("Enter a title"))));
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void anActionIsCheckedAgainstThePlanInThePathNotAPlanTyped() throws Exception {
        Long plan = newPlan("Path plan");
        Long theme = themeOf(plan);
        Long kingsPlan = jdbc.queryForObject("select min(id) from plan where organisation_code = 'kings'", Long.class);
        Map<String, Object> before = tables();
        // a theme of the plan, people of another organisation, and a plan typed to check them against
        send(
                        post("/plans/{id}/actions/new", plan),
                        "edi@kmpt",
                        "planId",
                        kingsPlan.toString(),
                        "themeId",
                        theme.toString(),
                        "title",
                        "Borrowed people",
                        "lead",
                        "lead@kings",
                        "sponsor",
                        "sponsor@kings",
                        "successMeasures",
                        "x".repeat(4001))
                .andExpect(status().isOk())
                .andExpect(view().name(ActionEditorController.ACTION_FORM))
                .andExpect(model().attributeHasFieldErrors("form", "lead", "sponsor", "successMeasures"))
                .andExpect(model().attributeErrorCount("form", 3))
                .andExpect(content().string(containsString("href=\"#successMeasures\"")))
                .andExpect(content().string(containsString("Choose an executive sponsor from the organisation")));
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void aMilestoneNeedsItsDateAndAnIndicatorForItsGroupAndOnlyAnIndicatorTheOrganisationSees() throws Exception {
        Long plan = newPlan("Milestone plan");
        Long theme = themeOf(plan);
        String location = send(
                        post("/plans/{id}/actions/new", plan),
                        "edi@kmpt",
                        "themeId",
                        theme.toString(),
                        "title",
                        "Measured action",
                        "lead",
                        "lead@kmpt",
                        "sponsor",
                        "sponsor@kmpt")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Long action = Long.valueOf(location.replace("/actions/", ""));
        Map<String, Object> before = tables();
        send(post("/actions/{id}/milestones/new", action), "edi@kmpt", "title", "Undated", "group", "BAME")
                .andExpect(status().isOk())
                .andExpect(view().name(MilestoneEditorController.MILESTONE_FORM))
                .andExpect(model().attributeHasFieldErrors("form", "dueDay", "indicator"))
                .andExpect(content().string(containsString("Enter the date the milestone is due")))
                .andExpect(content().string(containsString("A group or baseline needs an indicator")))
                .andExpect(content().string(containsString("value=\"BAME\"")));
        send(
                        post("/actions/{id}/milestones/new", action),
                        "edi@kmpt",
                        "title",
                        "Elsewhere",
                        "dueDay",
                        "1",
                        "dueMonth",
                        "4",
                        "dueYear",
                        "2027",
                        "indicator",
                        "NOT-AN-INDICATOR",
                        "target",
                        "1e9999")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "indicator", "target"))
                .andExpect(model().attributeErrorCount("form", 2))
                .andExpect(content().string(containsString("Choose an indicator from the list")))
                .andExpect(content().string(containsString("Enter a number")));
        assertThat(tables()).isEqualTo(before);
    }
}
