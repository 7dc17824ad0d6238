package org.parity.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did what to which thing, when, from which state to which, and what they said. Never edited. */
@Entity(name = "AuditEvent")
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Column(name = "organisation_code")
    private String organisationCode;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private String subjectId;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "from_state")
    private String fromState;

    @Column(name = "to_state")
    private String toState;

    private String comment;

    private String detail;

    protected AuditEventEntity() {}

    public AuditEventEntity(
            String actor,
            String organisationCode,
            String subjectType,
            String subjectId,
            String eventType,
            String fromState,
            String toState,
            String comment,
            String detail) {
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.organisationCode = organisationCode;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.eventType = eventType;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getComment() {
        return comment;
    }

    public String getDetail() {
        return detail;
    }
}
