package org.parity.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parity.notification.Mail;

/** Every e-mail Parity meant to send, once per idempotency key, and what became of it. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** OUTBOX_ONLY: no SMTP server configured; SENDING, SENT or FAILED otherwise. */
    public enum Status {
        OUTBOX_ONLY,
        SENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "organisation_code")
    private String organisation;

    private String recipients;

    private String subject;

    private String body;

    @Column(name = "status")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    private String error;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {}

    public OutboxMail(Mail mail, Status status) {
        this.idempotencyKey = mail.idempotencyKey();
        this.organisation = mail.organisation();
        this.recipients = String.join(", ", mail.to());
        this.subject = mail.subject();
        this.body = mail.body();
        this.status = status;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public void sent() {
        this.status = Status.SENT;
        this.sentAt = Instant.now();
    }

    public void failed(String error) {
        this.status = Status.FAILED;
        this.error = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
    }
}
