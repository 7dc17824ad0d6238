package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parity.ParityTest;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders reach a real SMTP server (GreenMail) once: when the reminder job's transaction rolls back
 * after the mail went out and the engine runs the job again, no second mail is sent.
 */
@ParityTest
class ReminderMailTest extends ProcessTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    TransactionTemplate transaction;

    int configuredPort;

    @BeforeEach
    void sendToGreenMail() {
        configuredPort = sender.getPort();
        sender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void restorePort() {
        sender.setPort(configuredPort);
    }

    @Test
    void aReminderIsSentExactlyOnceEvenWhenItsJobRunsTwice() throws Exception {
        ProcessInstance p = startUnderWay();
        String taskId = task(p, "submitProgressUpdate").getId();
        Job reminder = timer(p, "updateDueSoon");

        transaction.executeWithoutResult(tx -> {
            management.executeJob(reminder.getId());
            tx.setRollbackOnly();
        });
        assertThat(timer(p, "updateDueSoon"))
                .as("rolled back: the engine will run the job again")
                .isNotNull();
        management.executeJob(reminder.getId());

        assertThat(timer(p, "updateDueSoon")).isNull();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("lead@kmpt");
        assertThat(mail.getSubject()).startsWith("[Parity] Progress update due soon: Test action");
        assertThat(GreenMailUtil.getBody(mail))
                .contains("http://localhost:8080/api/me/tasks (task " + taskId + ")")
                .contains("http://localhost:8080/actions/" + actionIdOf(p));
        assertThat(outbox.findByIdempotencyKeyStartingWith(taskId + ":UPDATE_DUE_SOON:"))
                .singleElement()
                .extracting(OutboxMail::getStatus)
                .isEqualTo(OutboxMail.Status.SENT);
    }

    @Test
    void theOverdueReminderGoesToTheLeadAndTheEscalationToTheSponsor() {
        ProcessInstance p = startUnderWay();
        fire(p, "updateOverdue");
        fire(p, "updateGracePassed");

        assertThat(smtp.getReceivedMessages())
                .extracting(m -> m.getAllRecipients()[0].toString() + " " + m.getSubject())
                .containsExactly(
                        "lead@kmpt [Parity] Progress update overdue: " + titleOf(p),
                        "sponsor@kmpt [Parity] Progress update still overdue: " + titleOf(p));
    }

    private String titleOf(ProcessInstance p) {
        return actions.findById(actionIdOf(p)).orElseThrow().getTitle();
    }
}
