package org.parity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.plan.ActionStatus;
import org.parity.plan.PlanImportRow;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.MilestoneRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.CreatesActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * POST /api/organisations/{org}/plans/import: a good file creates its plan, themes, actions, milestones
 * and one process per action (audited); a file with errors in several rows lists every one and stores
 * nothing; XLSX and multipart read like CSV; only the organisation's EDI team and admins.
 */
@ParityTest
@CreatesActions
class PlanImportApiTest {

    static final String ACTION_PROCESS = org.parity.workflow.ProcessGateway.ACTION_PROCESS;
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ActionRepository actions;

    @Autowired
    MilestoneRepository milestones;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    /** A row of the template's columns, by name. */
    static List<String> row(
            String plan,
            String theme,
            String action,
            String lead,
            String sponsor,
            String timescale,
            String indicators,
            String milestones,
            String hias) {
        return List.of(
                plan,
                "WRES",
                "2045/46",
                theme,
                action,
                "Because the figures say so",
                lead,
                sponsor,
                timescale,
                "Fewer cases; Better survey scores",
                indicators,
                "",
                milestones,
                hias);
    }

    static List<String> withUnit(List<String> row, String unit) {
        List<String> changed = new ArrayList<>(row);
        changed.set(PlanImportRow.COLUMNS.indexOf("unit"), unit);
        return changed;
    }

    static String csv(List<List<String>> rows) throws Exception {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(PlanImportRow.COLUMNS);
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        }
        return out.toString();
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Plan");
            List<List<String>> all = new ArrayList<>();
            all.add(PlanImportRow.COLUMNS);
            all.addAll(rows);
            for (int i = 0; i < all.size(); i++) {
                Row r = sheet.createRow(i);
                for (int c = 0; c < all.get(i).size(); c++) {
                    r.createCell(c).setCellValue(all.get(i).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static List<List<String>> goodRows(String plan) {
        return List.of(
                row(
                        plan,
                        "Representation",
                        "Publish an ethnicity pay gap report",
                        "lead@kmpt",
                        "sponsor@kmpt",
                        "From Sept 2045",
                        "WRES1;WRES9",
                        "Report published|||||2046-03-31;Fewer harassed|WRES6|BAME|18.9|15|31/03/2047",
                        "HIA3;hia2"),
                row(
                        plan,
                        "Representation",
                        "Reverse mentoring for the board",
                        "lead@kmpt",
                        "sponsor@kmpt",
                        "Ongoing",
                        "",
                        "",
                        ""),
                row(
                        plan,
                        "Career progression",
                        "Diverse interview panels",
                        "lead@kmpt",
                        "sponsor@kmpt",
                        "Q3 2045",
                        "WRES7",
                        "Panels audited|||||2045-12-31",
                        "HIA4"));
    }

    ResultActions send(String user, String org, MediaType type, byte[] body) throws Exception {
        return mvc.perform(post("/api/organisations/{org}/plans/import", org)
                .with(httpBasic(user, "parity-demo"))
                .contentType(type)
                .content(body));
    }

    long processes() {
        return runtime.createProcessInstanceQuery().count();
    }

    @Test
    void aGoodFileCreatesThePlanItsThemesActionsMilestonesAndOneProcessPerAction() throws Exception {
        String title = "Imported race plan " + UUID.randomUUID();
        long processesBefore = processes();
        String body = send("edi@kmpt", "kmpt", CSV, csv(goodRows(title)).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].title").value(title))
                .andExpect(jsonPath("$[0].actionIds", hasSize(3)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode created = json.readTree(body).get(0);
        Plan plan = plans.findById(created.get("id").asLong()).orElseThrow();
        assertThat(plan.getOrganisationCode()).isEqualTo("kmpt");
        assertThat(plan.getStandardCode()).isEqualTo("WRES");
        assertThat(plan.getPeriod()).isEqualTo("2045/46");
        assertThat(themes.findByPlanIdOrderByPosition(plan.getId()))
                .extracting(t -> t.getTitle())
                .containsExactly("Representation", "Career progression");
        List<Action> stored = actions.findByPlanIdOrderById(plan.getId());
        assertThat(stored)
                .extracting(Action::getTitle)
                .containsExactly(
                        "Publish an ethnicity pay gap report",
                        "Reverse mentoring for the board",
                        "Diverse interview panels");
        Action first = stored.get(0);
        assertThat(first.getStatus()).isEqualTo(ActionStatus.DRAFT);
        assertThat(first.getLeadUsername()).isEqualTo("lead@kmpt");
        assertThat(first.getSponsorUsername()).isEqualTo("sponsor@kmpt");
        assertThat(first.getStart()).isEqualTo(java.time.LocalDate.of(2045, 9, 1));
        assertThat(first.getSuccessMeasures()).containsExactly("Fewer cases", "Better survey scores");
        assertThat(indicatorsOf(first)).containsExactlyInAnyOrder("WRES1", "WRES9");
        assertThat(stored.get(1).getSponsorUsername()).isEqualTo("sponsor@kmpt");
        assertThat(stored.get(1).getFlags()).extracting(f -> f.code()).contains("OPEN_ENDED");
        assertThat(stored.get(2).getLeadUsername()).isEqualTo("lead@kmpt");
        assertThat(stored.get(2).getFlags()).extracting(f -> f.code()).contains("ASSUMED_CALENDAR_QUARTER");
        var firstMilestones = milestones.findByActionIdOrderByPosition(first.getId());
        assertThat(firstMilestones).hasSize(2);
        assertThat(firstMilestones.get(1).getIndicatorCode()).isEqualTo("WRES6");
        assertThat(firstMilestones.get(1).getTarget()).isEqualTo(15.0);
        assertThat(firstMilestones.get(1).getDue()).isEqualTo(java.time.LocalDate.of(2047, 3, 31));
        assertThat(milestones.findByActionIdOrderByPosition(stored.get(2).getId()))
                .hasSize(1);

        // one process per action, started as the editor starts one: at the lead's scope task
        assertThat(processes()).isEqualTo(processesBefore + 3);
        for (Action a : stored) {
            assertThat(runtime.createProcessInstanceQuery()
                            .processDefinitionKey(ACTION_PROCESS)
                            .processInstanceBusinessKey(String.valueOf(a.getId()))
                            .count())
                    .isEqualTo(1);
            var open = tasks.createTaskQuery()
                    .processDefinitionKey(ACTION_PROCESS)
                    .processInstanceBusinessKey(String.valueOf(a.getId()))
                    .list();
            assertThat(open)
                    .as("open tasks of action %s", a.getId())
                    .extracting(t -> t.getTaskDefinitionKey() + " " + t.getAssignee())
                    .contains("confirmScope " + a.getLeadUsername());
        }
        // audited: the plan, each theme, each action (with its high impact actions) and milestone
        assertThat(audited("PLAN_CREATED", plan.getId())).isEqualTo(1);
        assertThat(audited("ACTION_CREATED", first.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where event_type = 'ACTION_CREATED' and subject_id = ?",
                        String.class,
                        String.valueOf(first.getId())))
                .contains("imported from row 1")
                .contains("high impact actions HIA3, HIA2");
        // the file states these links: stored as stated, not inferred; a row naming none with no indicators has none
        assertThat(jdbc.queryForList(
                        "select hia_code || ':' || case when inferred then 'inferred' else 'stated' end from action_hia"
                                + " where action_id = ? order by hia_code",
                        String.class,
                        first.getId()))
                .containsExactly("HIA2:stated", "HIA3:stated");
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_hia h join action a on a.id = h.action_id"
                                + " where a.plan_id = ? and a.title = 'Reverse mentoring for the board'",
                        Long.class,
                        plan.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where event_type = 'MILESTONE_ADDED' and detail like ?",
                        Long.class,
                        "action " + first.getId() + ":%"))
                .isEqualTo(2);
    }

    List<String> indicatorsOf(Action action) {
        return jdbc.queryForList(
                "select indicator_code from action_indicator where action_id = ?", String.class, action.getId());
    }

    long audited(String event, Long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where event_type = ? and subject_id = ?",
                Long.class,
                event,
                String.valueOf(id));
    }

    @Test
    void aFileWithErrorsInSeveralRowsListsEachRowsErrorsAndStoresNothing() throws Exception {
        String title = "Bad race plan " + UUID.randomUUID();
        List<List<String>> rows = List.of(
                row(
                        title,
                        "Representation",
                        "Good row",
                        "lead@kmpt",
                        "sponsor@kmpt",
                        "From Sept 2045",
                        "WRES1",
                        "",
                        ""),
                row(title, "Representation", "", "sponsor@kmpt", "lead@kmpt", "Ongoing", "WRES1;NOPE9", "", "HIA7"),
                row(title, "Representation", "Third", "", "", "", "", "Untimed|||||2045-02-30;|WRES6||10|12|", ""),
                withUnit(row(title, "", "Fourth", "lead@ekhuft", "", "", "", "", ""), "nowhere"));
        long plansBefore = plans.count();
        long actionsBefore = actions.count();
        long milestonesBefore = milestones.count();
        long processesBefore = processes();
        long auditBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        send("edi@kmpt", "kmpt", CSV, csv(rows).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.row == 1)]").isEmpty())
                .andExpect(jsonPath("$.errors[?(@.row == 2)].field", hasItem("action_title")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].field", hasItem("lead")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].field", hasItem("sponsor")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].field", hasItem("indicators")))
                .andExpect(jsonPath("$.errors[?(@.row == 2)].field", hasItem("hias")))
                .andExpect(jsonPath("$.errors[?(@.row == 2 && @.field == 'lead')].message")
                        .value(hasItem(
                                "Choose a lead from the organisation's action leads (in the file: 'sponsor@kmpt')")))
                .andExpect(jsonPath(
                        "$.errors[?(@.row == 3)].message",
                        hasItem(org.hamcrest.Matchers.startsWith("milestone 1, due: Enter a real date"))))
                .andExpect(jsonPath(
                        "$.errors[?(@.row == 3)].message",
                        hasItem(org.hamcrest.Matchers.startsWith("milestone 2, title: Enter a title"))))
                .andExpect(jsonPath(
                        "$.errors[?(@.row == 3)].message",
                        hasItem(org.hamcrest.Matchers.startsWith(
                                "milestone 2, due: Enter the date the milestone is due"))))
                // a lead and a sponsor are required, as in the editor: the process opens the lead's task at once
                .andExpect(jsonPath("$.errors[?(@.row == 3)].field", hasItem("lead")))
                .andExpect(jsonPath("$.errors[?(@.row == 3)].field", hasItem("sponsor")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field", hasItem("theme")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field", hasItem("lead")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field", hasItem("unit")));
        assertThat(plans.count()).isEqualTo(plansBefore);
        assertThat(actions.count()).isEqualTo(actionsBefore);
        assertThat(milestones.count()).isEqualTo(milestonesBefore);
        assertThat(processes()).isEqualTo(processesBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(auditBefore);
    }

    @Test
    void aPlanThatExistsAlreadyIsRefused() throws Exception {
        String title = "Twice imported " + UUID.randomUUID();
        byte[] body = csv(goodRows(title)).getBytes(StandardCharsets.UTF_8);
        send("edi@kmpt", "kmpt", CSV, body).andExpect(status().isCreated());
        long actionsBefore = actions.count();
        send("edi@kmpt", "kmpt", CSV, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("plan_title"));
        assertThat(actions.count()).isEqualTo(actionsBefore);
    }

    @Test
    void anXlsxWorkbookIsReadLikeCsvAsBodyOrMultipart() throws Exception {
        String title = "Workbook plan " + UUID.randomUUID();
        send("admin", "kmpt", PlanImportPages.XLSX, xlsx(goodRows(title)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].title").value(title))
                .andExpect(jsonPath("$[0].actionIds", hasSize(3)));
        Plan plan = plans.findByOrganisationCodeOrderByStandardCodeAscTitleAsc("kmpt").stream()
                .filter(p -> p.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
        List<Action> stored = actions.findByPlanIdOrderById(plan.getId());
        assertThat(indicatorsOf(stored.get(0))).containsExactlyInAnyOrder("WRES1", "WRES9");
        assertThat(milestones.findByActionIdOrderByPosition(stored.get(0).getId()))
                .extracting(m -> m.getDue())
                .containsExactly(java.time.LocalDate.of(2046, 3, 31), java.time.LocalDate.of(2047, 3, 31));

        String second = "Multipart plan " + UUID.randomUUID();
        mvc.perform(multipart("/api/organisations/{org}/plans/import", "kmpt")
                        .file(new MockMultipartFile(
                                "file", "plan.xlsx", PlanImportPages.XLSX.toString(), xlsx(goodRows(second))))
                        .with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].title").value(second));
    }

    @Test
    void aFileThatIsNotAPlanIsRefusedWhole() throws Exception {
        long before = actions.count();
        send("edi@kmpt", "kmpt", CSV, "indicator,period\nWRES1,2045\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(0))
                .andExpect(jsonPath("$.errors[0].field").value("header"));
        send("edi@kmpt", "kmpt", PlanImportPages.XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest());
        send("edi@kmpt", "kmpt", MediaType.APPLICATION_JSON, "[]".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnsupportedMediaType());
        send("edi@kmpt", "kmpt", CSV, csv(List.of()).getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(actions.count()).isEqualTo(before);
    }

    @Test
    void onlyTheOrganisationsEdiTeamAndAdminsImport() throws Exception {
        byte[] body = csv(goodRows("Refused plan " + UUID.randomUUID())).getBytes(StandardCharsets.UTF_8);
        long plansBefore = plans.count();
        long processesBefore = processes();
        send("lead@kmpt", "kmpt", CSV, body).andExpect(status().isForbidden());
        send("sponsor@kmpt", "kmpt", CSV, body).andExpect(status().isForbidden());
        send("board@kmpt", "kmpt", CSV, body).andExpect(status().isForbidden());
        send("ics@kent-medway", "kmpt", CSV, body).andExpect(status().isForbidden());
        send("edi@ekhuft", "kmpt", CSV, body).andExpect(status().isNotFound());
        send("edi@kings", "kmpt", CSV, body).andExpect(status().isNotFound());
        mvc.perform(post("/api/organisations/{org}/plans/import", "kmpt")
                        .contentType(CSV)
                        .content(body))
                .andExpect(status().isUnauthorized());
        assertThat(plans.count()).isEqualTo(plansBefore);
        assertThat(processes()).isEqualTo(processesBefore);
    }
}
