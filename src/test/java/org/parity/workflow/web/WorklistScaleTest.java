package org.parity.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.sql.SqlStatements;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.parity.people.Role;
import org.parity.people.internal.AppUser;
import org.parity.people.internal.AppUserRepository;
import org.parity.plan.ActionStatus;
import org.parity.plan.ReviewCadence;
import org.parity.plan.Timescale;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.Theme;
import org.parity.plan.internal.ThemeRepository;
import org.parity.progress.Rag;
import org.parity.workflow.ProcessGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily pages (worklists, find actions, plan, action, dashboard, indicators, the live report) cost the same number of SQL
 * statements whatever the number of actions, and lists are paged and
 * ordered by the database: the 2,001st action of a lead is on page 81, in urgency order. Each test
 * builds its own organisation inside a transaction that is rolled back.
 */
@ParityTest
@Transactional
class WorklistScaleTest {

    static final String ORG = "scale-trust";
    static final String LEAD = "lead@scale-trust";
    static final String EDI = "edi@scale-trust";

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

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ProcessGateway gateway;

    @Autowired
    EntityManager entityManager;

    @Test
    void theDailyPagesCostTheSameStatementsForThreeActionsAndForSixty() throws Exception {
        Theme theme = organisationWithPlan();
        List<Action> first = create(theme, 3, i -> LocalDate.of(2027, 3, 31), Rag.RED);
        startAll(first);
        Map<String, Long> small = costs(theme.getPlanId(), first.get(0).getId());

        startAll(create(theme, 57, i -> LocalDate.of(2027, 3, 31), Rag.RED));
        Map<String, Long> large = costs(theme.getPlanId(), first.get(0).getId());

        assertThat(large).isEqualTo(small);
        assertThat(jdbcCount("select count(*) from workflow_task where assignee = ? and state = 'OPEN'"))
                .isEqualTo(60);
        assertThat(small.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 25L));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTwoThousandAndFirstActionOfALeadIsOnPage81InUrgencyOrder() throws Exception {
        Theme theme = organisationWithPlan();
        // 2,000 actions past their due date (overdue), then one on time but red (off track): urgency puts it 2,001st
        List<Action> overdue = create(theme, 2000, i -> LocalDate.of(2020, 1, 1).plusDays(i), Rag.GREEN);
        Action offTrack =
                create(theme, 1, i -> LocalDate.of(2030, 1, 1), Rag.RED).get(0);

        MvcResult first = mvc.perform(get("/my/actions").with(httpBasic(LEAD, "parity-demo")))
                .andExpect(status().isOk())
                .andReturn();
        List<Object> firstRows =
                (List<Object>) first.getModelAndView().getModel().get("actions");
        assertThat(firstRows).hasSize(25);
        assertThat(ids(firstRows).get(0)).isEqualTo(overdue.get(0).getId());
        assertThat(first.getResponse().getContentAsString())
                .contains("?page=81")
                .contains("2,001 actions");

        MvcResult last = mvc.perform(get("/my/actions").param("page", "81").with(httpBasic(LEAD, "parity-demo")))
                .andExpect(status().isOk())
                .andReturn();
        List<Object> lastRows = (List<Object>) last.getModelAndView().getModel().get("actions");
        assertThat(ids(lastRows)).containsExactly(offTrack.getId());
        assertThat(last.getResponse().getContentAsString()).contains(offTrack.getTitle());

        MvcResult page80 = mvc.perform(get("/my/actions").param("page", "80").with(httpBasic(LEAD, "parity-demo")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(ids((List<Object>) page80.getModelAndView().getModel().get("actions")))
                .endsWith(overdue.get(1999).getId())
                .hasSize(25);
    }

    private Map<String, Long> costs(Long planId, Long actionId) throws Exception {
        entityManager.flush(); // the task read model is written through JPA; the worklists read it with SQL
        Map<String, Long> costs = new LinkedHashMap<>();
        for (String page : List.of(
                "/my/actions",
                "/my/decisions",
                "/api/me/tasks",
                "/api/me/calendar.ics",
                "/my/actions?page=2",
                "/actions",
                "/actions?q=scale&page=2",
                "/actions?rag=RED",
                "/plans/" + planId,
                "/actions/" + actionId)) {
            costs.put(
                    page,
                    SqlStatements.during(() -> mvc.perform(get(page).with(httpBasic(LEAD, "parity-demo")))
                            .andExpect(status().isOk())));
        }
        for (String page : List.of(
                "/organisations/" + ORG + "/dashboard",
                "/organisations/" + ORG + "/indicators",
                "/organisations/" + ORG + "/indicators/WRES5",
                "/organisations/" + ORG + "/report?standard=WRES")) {
            costs.put(
                    page,
                    SqlStatements.during(() -> mvc.perform(get(page).with(httpBasic(EDI, "parity-demo")))
                            .andExpect(status().isOk())));
        }
        return costs;
    }

    private long jdbcCount(String sql) {
        return ((Number) entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, LEAD)
                        .getSingleResult())
                .longValue();
    }

    private static List<Long> ids(List<Object> rows) {
        return rows.stream()
                .map(r -> ((MyWorkController.MyAction) r).action().id())
                .toList();
    }

    private Theme organisationWithPlan() {
        organisations.add(new Organisation(ORG, "Scale Test NHS Trust", "Scale", null, null));
        users.save(new AppUser(
                LEAD,
                encoder.encode("parity-demo"),
                "Scale lead",
                ORG,
                null,
                EnumSet.of(Role.LEAD, Role.SPONSOR),
                true));
        users.save(new AppUser(
                EDI, encoder.encode("parity-demo"), "Scale EDI team", ORG, null, EnumSet.of(Role.EDI), true));
        Plan plan = plans.save(
                new Plan("scale-wres", ORG, "WRES", "Scale WRES plan", "2025-27", null, List.of(), List.of()));
        return themes.save(new Theme(plan.getId(), 1, "Everything", null, List.of(), List.of(), null, null));
    }

    private List<Action> create(Theme theme, int n, java.util.function.IntFunction<LocalDate> due, Rag rag) {
        List<Action> created = new ArrayList<>();
        int base = (int) actions.countByPlanId(theme.getPlanId());
        for (int i = 0; i < n; i++) {
            Action a = new Action(theme.getPlanId(), theme.getId(), "s" + (base + i), "Scale action " + (base + i));
            a.assign("Head of EDI", LEAD, "Chief People Officer", LEAD);
            a.schedule(new Timescale(
                    "2025 to 2027", LocalDate.of(2025, 4, 1), due.apply(i), ReviewCadence.QUARTERLY, List.of()));
            a.changeStatus(ActionStatus.IN_PROGRESS);
            a.report(rag, 10);
            created.add(a);
        }
        return actions.saveAll(created);
    }

    private void startAll(List<Action> created) {
        gateway.startUnderWay(created.stream().map(Action::getId).toList());
    }
}
