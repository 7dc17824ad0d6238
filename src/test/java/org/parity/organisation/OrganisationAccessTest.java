package org.parity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.NotFoundException;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The one access policy, question by question, for each kind of caller (seed organisations kmpt, kings). */
@ParityTest
class OrganisationAccessTest {

    static final Caller ADMIN = new Caller("admin", "Admin", Set.of(Role.ADMIN), null, null);
    static final Caller KMPT_EDI = new Caller("edi@kmpt", "EDI", Set.of(Role.EDI), "kmpt", null);
    static final Caller KMPT_LEAD = new Caller("lead@kmpt", "Lead", Set.of(Role.LEAD), "kmpt", null);
    static final Caller KMPT_BOARD = new Caller("board@kmpt", "Board", Set.of(Role.BOARD), "kmpt", null);
    static final Caller KENT_ICS = new Caller("ics@kent-medway", "ICS", Set.of(Role.ICS), null, "kent-medway");

    @Autowired
    OrganisationAccess access;

    @Test
    void adminsReadEveryOrganisationAndDoEveryEdiTeamsWork() {
        assertThat(access.canRead(ADMIN, "kmpt")).isTrue();
        assertThat(access.canRead(ADMIN, "kings")).isTrue();
        assertThat(access.runsEdiWork(ADMIN, "kmpt")).isTrue();
        assertThat(access.runsEdiWork(ADMIN, "kings")).isTrue();
        assertThat(access.ediWork(ADMIN, "kings", "edits its plans").code()).isEqualTo("kings");
        assertThat(access.readsLive(ADMIN)).isTrue();
    }

    @Test
    void anEdiTeamDoesItsOwnOrganisationsWorkAndCannotSeeAnothers() {
        assertThat(access.runsEdiWork(KMPT_EDI, "kmpt")).isTrue();
        assertThat(access.canRead(KMPT_EDI, "kings")).isFalse();
        assertThat(access.runsEdiWork(KMPT_EDI, "kings")).isFalse();
        assertThatThrownBy(() -> access.ediWork(KMPT_EDI, "kings", "edits its plans"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLeadReadsItsOrganisationButIsRefusedTheEdiTeamsWorkSayingWhoMay() {
        assertThat(access.canRead(KMPT_LEAD, "kmpt")).isTrue();
        assertThat(access.runsEdiWork(KMPT_LEAD, "kmpt")).isFalse();
        assertThatThrownBy(() -> access.ediWork(KMPT_LEAD, "kmpt", "withdraws its actions"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only the EDI team of kmpt or an admin withdraws its actions");
        assertThat(access.readsLive(KMPT_LEAD)).isTrue();
    }

    @Test
    void boardReadersReadIssuedWorkOnly() {
        assertThat(access.canRead(KMPT_BOARD, "kmpt")).isTrue();
        assertThat(access.readsLive(KMPT_BOARD)).isFalse();
        assertThat(access.runsEdiWork(KMPT_BOARD, "kmpt")).isFalse();
    }

    @Test
    void anIcsUserReadsItsSystemsOrganisationsAndComparesOnlyItsOwnSystem() {
        assertThat(access.visibleCodes(KENT_ICS)).contains("kmpt").doesNotContain("kings");
        assertThat(access.runsEdiWork(KENT_ICS, "kmpt")).isFalse();
        assertThat(access.readsSystem(KENT_ICS, "kent-medway")).isTrue();
        assertThat(access.readsSystem(KENT_ICS, "south-east-london")).isFalse();
        assertThat(access.readsSystem(KMPT_EDI, "kent-medway")).isFalse();
        assertThat(access.readsSystem(ADMIN, "kent-medway")).isTrue();
    }
}
