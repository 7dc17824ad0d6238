package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parity.MvcSession;
import org.parity.ParityTest;
import org.parity.common.sql.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A signed-in request reads its stored session once and writes its last access once: the lead's task
 * list (one query of its own) costs three statements, not the four Spring Session's filter alone makes
 * (it looks the session up again after saving it).
 */
@ParityTest
class SessionReadsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void aSignedInApiCallReadsItsSessionOnceAndWritesItsLastAccessOnce() throws Exception {
        MvcSession lead = MvcSession.signedIn(mvc, "lead@kmpt", "parity-demo");
        mvc.perform(get("/api/me/tasks").with(lead)).andExpect(status().isOk());

        long statements = SqlStatements.during(
                () -> mvc.perform(get("/api/me/tasks").with(lead)).andExpect(status().isOk()));

        assertThat(statements)
                .as("the session read, the worklist's one query, the session's last access written")
                .isEqualTo(3);
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
