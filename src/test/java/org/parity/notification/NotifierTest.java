package org.parity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.notification.internal.NotificationProperties;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default (no SMTP server): mail goes to the outbox table only, once per key, and survives a rollback. */
@ParityTest
class NotifierTest {

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    NotificationProperties properties;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void onlyPlatformAdminsReadTheOutbox() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/admin/outbox")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", "parity-demo")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/admin/outbox")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isForbidden());
    }

    @Test
    void withoutAnSmtpServerMailIsKeptInTheOutboxOncePerKey() {
        Notifier outboxOnly = new Notifier(
                outbox,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties,
                transactions);
        String key = "test:" + UUID.randomUUID();
        Mail mail = new Mail(key, "kmpt", List.of("lead@kmpt"), "Subject", "Body");

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(outboxOnly.send(mail)).isTrue();
            tx.setRollbackOnly();
        });
        assertThat(outboxOnly.send(mail)).isFalse();

        assertThat(outbox.findByIdempotencyKey(key)).get().satisfies(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxMail.Status.OUTBOX_ONLY);
            assertThat(row.getRecipients()).isEqualTo("lead@kmpt");
            assertThat(row.getSentAt()).isNull();
        });
        assertThat(outboxOnly.link("/actions/1")).isEqualTo("http://localhost:8080/actions/1");
    }
}
