package org.parity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.sql.SqlStatements;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page lists the plans of every organisation the person may see, with their action counts, in
 * the same number of SQL statements however many organisations and plans there are (an administrator of a
 * region sees fifty trusts). Rolled back after the test.
 */
@ParityTest
@Transactional
class HomePageCostTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ActionRepository actions;

    @Test
    void theAdministratorsHomePageCostsTheSameForThreeOrganisationsAndForSix() throws Exception {
        home(); // first use of the page: what is read once per application is not the page's cost
        long before = SqlStatements.during(this::home);
        for (int i = 1; i <= 3; i++) {
            String code = "home-cost-" + i;
            organisations.add(new Organisation(code, "Home Cost " + i + " NHS Trust", "Home " + i, null, null));
            for (String standard : List.of("WRES", "WDES")) {
                Plan plan = plans.save(new Plan(
                        code + "-" + standard,
                        code,
                        standard,
                        "Home cost " + i + " " + standard + " plan",
                        "2025-27",
                        null,
                        List.of(),
                        List.of()));
                Theme theme =
                        themes.save(new Theme(plan.getId(), 1, "Everything", null, List.of(), List.of(), null, null));
                for (int a = 0; a < i; a++) {
                    actions.save(new Action(plan.getId(), theme.getId(), "h" + a, "Home cost action " + a));
                }
            }
        }
        long after = SqlStatements.during(this::home);

        assertThat(after).isEqualTo(before);
        String page = home();
        // each new plan is listed with its own number of actions (organisation i has i actions a plan)
        for (int i = 1; i <= 3; i++) {
            for (String standard : List.of("WRES", "WDES")) {
                assertThat(Pattern.compile(
                                        "Home cost " + i + " " + standard + " plan</a>.*?numeric\">" + i + "</td>",
                                        Pattern.DOTALL)
                                .matcher(page)
                                .find())
                        .as("organisation %d's %s plan with %d actions", i, standard, i)
                        .isTrue();
            }
        }
    }

    private String home() throws Exception {
        return mvc.perform(get("/").with(httpBasic("admin", "parity-demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
