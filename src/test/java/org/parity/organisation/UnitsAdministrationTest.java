package org.parity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.audit.AuditLog;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The EDI team keeps its organisation's units: lists, adds and renames them (page and API), each step
 * audited; bad input changes nothing; a lead, a sponsor and another organisation's EDI team are refused
 * and change nothing. Each test is rolled back.
 */
@ParityTest
@Transactional
class UnitsAdministrationTest {

    static final String UNITS = "/api/organisations/ekhuft/units";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    OrgUnits units;

    @Test
    void theEdiTeamListsAddsAndRenamesItsUnitsAndEachStepIsAudited() throws Exception {
        mvc.perform(get(UNITS).with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'william-harvey')].name").value("William Harvey Hospital"))
                .andExpect(jsonPath("$[?(@.code == 'william-harvey')].kind").value("SITE"));
        mvc.perform(post(UNITS)
                        .contentType("application/json")
                        .content("{\"code\":\"surgery-division\",\"name\":\"Surgery Division\",\"kind\":\"DIVISION\"}")
                        .with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("surgery-division"))
                .andExpect(jsonPath("$.kind").value("DIVISION"));
        assertThat(audit.forSubject("ORG_UNIT", "surgery-division"))
                .extracting(e -> e.eventType() + " by " + e.actor())
                .containsExactly("UNIT_ADDED by edi@ekhuft");

        mvc.perform(put(UNITS + "/surgery-division")
                        .contentType("application/json")
                        .content("{\"name\":\"Surgery and Anaesthetics Division\"}")
                        .with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Surgery and Anaesthetics Division"))
                .andExpect(jsonPath("$.code").value("surgery-division"));
        assertThat(name("surgery-division")).isEqualTo("Surgery and Anaesthetics Division");
        assertThat(audit.forSubject("ORG_UNIT", "surgery-division"))
                .filteredOn(e -> e.eventType().equals("UNIT_RENAMED"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.fromState()).isEqualTo("Surgery Division");
                    assertThat(e.toState()).isEqualTo("Surgery and Anaesthetics Division");
                });
    }

    @Test
    void badInputIsAFieldErrorAndStoresNothing() throws Exception {
        long before = count();
        mvc.perform(post(UNITS)
                        .contentType("application/json")
                        .content("{\"code\":\"Bad Code\",\"name\":\"  \"}")
                        .with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message")
                        .value("The code may hold only lower-case letters, digits and single hyphens between them"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Enter a name"))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message")
                        .value("Choose a kind: care group, division, directorate or site"));
        mvc.perform(post(UNITS)
                        .contentType("application/json")
                        .content("{\"code\":\"william-harvey\",\"name\":\"Another\",\"kind\":\"SITE\"}")
                        .with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already has a unit")));
        mvc.perform(post(UNITS)
                        .contentType("application/json")
                        .content("{\"code\":\"ward\",\"name\":\"Ward\",\"kind\":\"WARD\"}")
                        .with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(put(UNITS + "/william-harvey")
                        .contentType("application/json")
                        .content("{\"name\":\"Line\\u0007bell\"}")
                        .with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put(UNITS + "/no-such-unit")
                        .contentType("application/json")
                        .content("{\"name\":\"X\"}")
                        .with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);
        assertThat(name("william-harvey")).isEqualTo("William Harvey Hospital");
    }

    @Test
    void aLeadASponsorAndAnotherOrganisationsEdiTeamAreRefusedAndChangeNothing() throws Exception {
        long before = count();
        String body = "{\"code\":\"refused\",\"name\":\"Refused\",\"kind\":\"SITE\"}";
        for (String who : new String[] {"lead@ekhuft", "sponsor@ekhuft", "ics@kent-medway"}) {
            mvc.perform(post(UNITS)
                            .contentType("application/json")
                            .content(body)
                            .with(httpBasic(who, "parity-demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(put(UNITS + "/william-harvey")
                            .contentType("application/json")
                            .content("{\"name\":\"Renamed by " + who + "\"}")
                            .with(httpBasic(who, "parity-demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(UNITS)
                        .contentType("application/json")
                        .content(body)
                        .with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(put(UNITS + "/william-harvey")
                        .contentType("application/json")
                        .content("{\"name\":\"Renamed by KMPT\"}")
                        .with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/ekhuft/units").with(httpBasic("lead@ekhuft", "parity-demo")))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
        assertThat(name("william-harvey")).isEqualTo("William Harvey Hospital");
        // a lead reads the units (the choices of the filters) but does not keep them
        mvc.perform(get(UNITS).with(httpBasic("lead@ekhuft", "parity-demo"))).andExpect(status().isOk());
    }

    @Test
    void aDirectCallWithBadDataThrowsAndStoresNothing() {
        long before = count();
        Caller edi = new Caller("edi@ekhuft", "EDI", Set.of(Role.EDI), "ekhuft", null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> units.add(edi, "ekhuft", new NewUnit("UPPER", "Name", UnitKind.SITE)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void thePageAddsAUnitAndShowsErrorsBesideTheFields() throws Exception {
        mvc.perform(get("/organisations/ekhuft/units").with(httpBasic("edi@ekhuft", "parity-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("William Harvey Hospital")));
        mvc.perform(post("/organisations/ekhuft/units")
                        .param("code", "")
                        .param("name", "Medicine Care Group")
                        .param("kind", "CARE_GROUP")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("Enter a code")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("single hyphens between them"))));
        mvc.perform(post("/organisations/ekhuft/units")
                        .param("code", "william-harvey")
                        .param("name", "Duplicate")
                        .param("kind", "SITE")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already has a unit with the code")));
        mvc.perform(post("/organisations/ekhuft/units")
                        .param("code", "medicine")
                        .param("name", "Medicine Care Group")
                        .param("kind", "CARE_GROUP")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organisations/ekhuft/units"));
        assertThat(name("medicine")).isEqualTo("Medicine Care Group");
        mvc.perform(post("/organisations/ekhuft/units/medicine")
                        .param("name", "")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name")));
        mvc.perform(post("/organisations/ekhuft/units/medicine")
                        .param("name", "Medicine and Emergency Care Group")
                        .with(httpBasic("edi@ekhuft", "parity-demo"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(name("medicine")).isEqualTo("Medicine and Emergency Care Group");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from org_unit", Long.class);
    }

    private String name(String code) {
        return jdbc.queryForObject(
                "select name from org_unit where organisation_code = 'ekhuft' and code = ?", String.class, code);
    }
}
