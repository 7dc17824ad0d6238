package org.parity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.notification.internal.NotificationProperties;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.parity.support.Scrape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** parity_mails_waiting and parity_mails_failed count the outbox's rows by state, and follow new mail. */
@ParityTest
class OutboxMetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationProperties properties;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theGaugesCountTheOutboxAndFollowNewMail() throws Exception {
        Scrape before = Scrape.of(mvc);
        assertThat(before.value("parity_mails_waiting"))
                .isEqualTo(count(OutboxMail.Status.OUTBOX_ONLY, OutboxMail.Status.SENDING));
        assertThat(before.value("parity_mails_failed")).isEqualTo(count(OutboxMail.Status.FAILED));

        // without an SMTP server a mail waits in the outbox
        Notifier outboxOnly = new Notifier(
                outbox,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties,
                transactions);
        assertThat(outboxOnly.send(mail())).isTrue();
        Scrape queued = Scrape.of(mvc);
        assertThat(queued.value("parity_mails_waiting")).isEqualTo(before.value("parity_mails_waiting") + 1);
        assertThat(queued.value("parity_mails_failed")).isEqualTo(before.value("parity_mails_failed"));

        // the test profile's SMTP server does not listen: the mail is recorded as failed, not waiting
        assertThat(notifier.send(mail())).isTrue();
        Scrape failed = Scrape.of(mvc);
        assertThat(failed.value("parity_mails_waiting")).isEqualTo(queued.value("parity_mails_waiting"));
        assertThat(failed.value("parity_mails_failed")).isEqualTo(queued.value("parity_mails_failed") + 1);
    }

    private static Mail mail() {
        return new Mail("metrics-test:" + UUID.randomUUID(), "kmpt", List.of("lead@kmpt"), "Subject", "Body");
    }

    /** Counted row by row here, independently of the gauges' aggregate query. */
    private double count(OutboxMail.Status... states) {
        List<OutboxMail.Status> wanted = List.of(states);
        return outbox.findAll().stream()
                .filter(m -> wanted.contains(m.getStatus()))
                .count();
    }
}
