package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.common.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in request reads its stored session once, and writes its last access only when the stored one
 * is a minute old or older: the lead's task list (one query of its own) costs two statements within the
 * minute and three after it, not the four Spring Session's filter alone makes on every request (it writes
 * the last access every time and looks the session up again after saving it).
 */
@ParityTest
class SessionReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void aSignedInApiCallReadsItsSessionOnceAndWritesItsLastAccessAtMostOnceAMinute() throws Exception {
        MvcSession lead = MvcSession.signedIn(mvc, "lead@kmpt", "parity-demo");
        mvc.perform(get("/api/me/tasks").with(lead)).andExpect(status().isOk());
        long stored = lastAccess(lead);

        long withinTheMinute = SqlStatements.during(
                () -> mvc.perform(get("/api/me/tasks").with(lead)).andExpect(status().isOk()));
        assertThat(withinTheMinute)
                .as("the session read and the worklist's one query; the last access is fresh")
                .isEqualTo(2);
        assertThat(lastAccess(lead)).isEqualTo(stored);

        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.update("update spring_session set last_access_time = ? where session_id = ?", twoMinutesAgo, lead.id());
        long afterTheMinute = SqlStatements.during(
                () -> mvc.perform(get("/api/me/tasks").with(lead)).andExpect(status().isOk()));
        assertThat(afterTheMinute)
                .as("the session read, the worklist's one query, the last access written")
                .isEqualTo(3);
        assertThat(lastAccess(lead)).isGreaterThan(twoMinutesAgo + 60_000);
    }

    private long lastAccess(MvcSession session) {
        Long at = jdbc.queryForObject(
                "select last_access_time from spring_session where session_id = ?", Long.class, session.id());
        return at == null ? 0 : at;
    }

    @Test
    void outsideARequestEveryLookUpReadsTheDatabase() throws Exception {
        MvcSession edi = MvcSession.signedIn(mvc, "edi@kmpt", "parity-demo");
        long twoLookUps = SqlStatements.during(() -> {
            assertThat(sessions.findById(edi.id())).isNotNull();
            return sessions.findById(edi.id());
        });
        assertThat(twoLookUps).isEqualTo(2);
    }
}
