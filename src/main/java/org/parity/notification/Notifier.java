package org.parity.notification;

import org.parity.notification.internal.NotificationProperties;
import org.parity.notification.internal.OutboxMail;
import org.parity.notification.internal.OutboxMailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each e-mail once. The outbox row is written in its own transaction before sending, keyed by
 * the mail's idempotency key: when the engine runs a reminder job again (it runs jobs at least once,
 * and a rolled-back job is retried) the key is already there and nothing is sent twice. Without an
 * SMTP server ({@code spring.mail.host} unset, the embedded default) mail stays in the outbox table.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationProperties properties;
    private final TransactionTemplate ownTransaction;

    Notifier(
            OutboxMailRepository outbox,
            ObjectProvider<JavaMailSender> senders,
            NotificationProperties properties,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.senders = senders;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends the mail unless one with its key was sent (or queued) before; true when this call took it on. */
    public boolean send(Mail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        Long id;
        try {
            id = ownTransaction.execute(tx -> outbox.existsByIdempotencyKey(mail.idempotencyKey())
                    ? null
                    : outbox.saveAndFlush(new OutboxMail(
                                    mail, sender == null ? OutboxMail.Status.OUTBOX_ONLY : OutboxMail.Status.SENDING))
                            .getId());
        } catch (DataIntegrityViolationException raced) {
            id = null;
        }
        if (id == null) {
            log.debug("Mail {} already sent or queued", mail.idempotencyKey());
            return false;
        }
        if (sender != null && !mail.to().isEmpty()) {
            deliver(sender, mail, id);
        }
        return true;
    }

    /** An absolute link into Parity for an e-mail. */
    public String link(String path) {
        return properties.baseUrl().replaceAll("/+$", "") + path;
    }

    private void deliver(JavaMailSender sender, Mail mail, Long id) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.to().toArray(String[]::new));
        message.setSubject(mail.subject());
        message.setText(mail.body());
        String error = null;
        try {
            sender.send(message);
        } catch (MailException e) {
            error = e.getMessage();
            log.warn("Mail {} could not be sent: {}", mail.idempotencyKey(), error);
        }
        String failure = error;
        ownTransaction.executeWithoutResult(tx -> outbox.findById(id).ifPresent(row -> {
            if (failure == null) {
                row.sent();
            } else {
                row.failed(failure);
            }
        }));
    }
}
