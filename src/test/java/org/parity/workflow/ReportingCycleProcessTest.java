package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.ConflictException;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every path of bpmn/reporting-cycle.bpmn: the steps, a return at sign-off, the reminder and the escalation. */
@ParityTest
class ReportingCycleProcessTest extends ProcessTestSupport {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final AtomicInteger YEARS = new AtomicInteger(2040);

    @Autowired
    OutboxMailRepository outbox;

    @Test
    void figuresReportReturnedSignOffApprovedSignOffPublication() {
        int year = YEARS.incrementAndGet();
        ProcessInstance p = start("WRES", year);
        assertThat(p).isWaitingAt("loadFigures").task().hasCandidateGroup("edi:kmpt");
        assertThat(task(p, "loadFigures").getDueDate().toInstant())
                .isEqualTo(LocalDate.of(year, 6, 1).atStartOfDay(LONDON).toInstant());
        assertThat(p.getTenantId()).isEqualTo("kmpt");

        complete(p, "loadFigures");
        complete(p, "prepareReport");
        assertThat(p).isWaitingAt("signOffReport").task().hasCandidateGroup("sponsor:kmpt");
        complete(p, "signOffReport", "approved", false);
        assertThat(p).hasPassed("reportApprovedGateway").isWaitingAt("prepareReport");
        complete(p, "prepareReport");
        complete(p, "signOffReport", "approved", true);
        assertThat(p).isWaitingAt("publishReport");
        assertThat(task(p, "publishReport").getDueDate().toInstant())
                .isEqualTo(LocalDate.of(year, 10, 1).atStartOfDay(LONDON).toInstant());
        complete(p, "publishReport");

        assertThat(p).hasPassed("preparationDone", "reportPublished").isEnded();
    }

    @Test
    void theEdiTeamIsRemindedBeforeTheDeadlineAndSponsorsToldWhenItPasses() {
        int year = YEARS.incrementAndGet();
        ProcessInstance p = start("GPG", year);
        LocalDate deadline = LocalDate.of(year + 1, 4, 1);
        assertThat(timer(p, "publicationOverdue").getDuedate().toInstant())
                .isEqualTo(deadline.atStartOfDay(LONDON).toInstant());
        assertThat(timer(p, "publicationDueSoon").getDuedate().toInstant())
                .isEqualTo(deadline.minusDays(14).atStartOfDay(LONDON).toInstant());

        fire(p, "publicationDueSoon");
        fire(p, "publicationOverdue");

        assertThat(p)
                .hasPassed("remindEdiPublicationDue", "publicationEscalated")
                .isWaitingAt("loadFigures");
        String taskId = task(p, "loadFigures").getId();
        assertThat(outbox.findByIdempotencyKeyStartingWith(taskId + ":REPORT_DUE_SOON:"))
                .singleElement()
                .extracting(OutboxMail::getRecipients)
                .isEqualTo("edi@kmpt");
        // every sponsor of the organisation hears of it (other tests may add sponsors), never its leads or board
        assertThat(outbox.findByIdempotencyKeyStartingWith(taskId + ":REPORT_OVERDUE:"))
                .singleElement()
                .satisfies(m -> assertThat(m.getRecipients().split(", "))
                        .contains("edi@kmpt", "sponsor@kmpt")
                        .doesNotContain("lead@kmpt", "board@kmpt"));
    }

    @Test
    void onTheEngineClockTheReminderAndTheEscalationComeAtTheirBoundariesNotBefore() {
        int year = YEARS.incrementAndGet();
        ProcessInstance p = start("WDES", year);
        java.time.ZonedDateTime deadline = LocalDate.of(year, 10, 1).atStartOfDay(LONDON);
        String taskId = task(p, "loadFigures").getId();

        advanceTo(p, deadline.minusDays(14).minusMinutes(1).toInstant());
        assertThat(outbox.findByIdempotencyKeyStartingWith(taskId + ":")).isEmpty();
        advanceTo(p, deadline.minusDays(14).toInstant());
        assertThat(outbox.findByIdempotencyKeyStartingWith(taskId + ":"))
                .singleElement()
                .satisfies(m -> assertThat(m.getIdempotencyKey()).contains(":REPORT_DUE_SOON:"))
                .extracting(OutboxMail::getRecipients)
                .isEqualTo("edi@kmpt");

        advanceTo(p, deadline.minusMinutes(1).toInstant());
        assertThat(outbox.findByIdempotencyKeyStartingWith(taskId + ":REPORT_OVERDUE:"))
                .isEmpty();
        advanceTo(p, deadline.toInstant());
        assertThat(outbox.findByIdempotencyKeyStartingWith(taskId + ":REPORT_OVERDUE:"))
                .singleElement()
                .satisfies(m -> assertThat(m.getRecipients().split(", "))
                        .contains("edi@kmpt", "sponsor@kmpt")
                        .doesNotContain("lead@kmpt", "board@kmpt"));
        assertThat(p).isWaitingAt("loadFigures");
    }

    @Test
    void onlyTheOrganisationsEdiTeamStartsACycleAndOnlyOncePerYear() {
        int year = YEARS.incrementAndGet();
        start("WDES", year);
        assertThatThrownBy(() -> gateway.startReportingCycle(EDI_KMPT, "kmpt", "WDES", year))
                .isInstanceOf(ConflictException.class);
        Caller sponsor = new Caller("sponsor@kmpt", "S", EnumSet.of(Role.SPONSOR), "kmpt", null);
        assertThatThrownBy(() -> gateway.startReportingCycle(sponsor, "kmpt", "WDES", year + 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whoeverPreparedTheReportMayNotSignItOffEvenHoldingTheSponsorRole() {
        int year = YEARS.incrementAndGet();
        ProcessInstance p = start("WRES", year);
        Caller both = new Caller("edi-and-sponsor@kmpt", "Both", EnumSet.of(Role.EDI, Role.SPONSOR), "kmpt", null);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        gateway.complete(
                task(p, "loadFigures").getId(), both, json.createObjectNode().put("comment", "Loaded"));
        gateway.complete(
                task(p, "prepareReport").getId(), both, json.createObjectNode().put("comment", "Drafted"));
        String signOff = task(p, "signOffReport").getId();

        assertThatThrownBy(() -> gateway.complete(
                        signOff,
                        both,
                        json.createObjectNode().put("decision", "APPROVE").put("comment", "Looks right")))
                .isInstanceOf(org.parity.progress.FourEyesException.class);
        assertThat(p).isWaitingAt("signOffReport");

        Caller sponsor = new Caller("sponsor@kmpt", "S", EnumSet.of(Role.SPONSOR), "kmpt", null);
        gateway.complete(signOff, sponsor, json.createObjectNode().put("decision", "APPROVE"));
        assertThat(p).isWaitingAt("publishReport");
    }

    private ProcessInstance start(String standard, int year) {
        String key = gateway.startReportingCycle(EDI_KMPT, "kmpt", standard, year);
        assertThat(key).isEqualTo("kmpt:" + standard + ":" + year);
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProcessGateway.REPORTING_PROCESS)
                .processInstanceBusinessKey(key)
                .singleResult();
    }
}
