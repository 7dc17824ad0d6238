package org.parity.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One OpenID provider's account of a person: its issuer and subject, linked to the Parity account once. */
@Entity
@Table(name = "app_user_identity")
public class SsoIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SsoIdentity() {}

    public SsoIdentity(Long userId, String issuer, String subject) {
        this.userId = userId;
        this.issuer = issuer;
        this.subject = subject;
        this.createdAt = Instant.now();
    }

    public Long getUserId() {
        return userId;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }
}
