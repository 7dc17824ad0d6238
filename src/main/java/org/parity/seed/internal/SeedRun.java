package org.parity.seed.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Proof that the seed data was loaded, so a restart loads nothing twice. */
@Entity
@Table(name = "seed_run")
public class SeedRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @jakarta.persistence.Column(name = "loaded_at")
    private Instant loadedAt;

    private int files;

    private String digest;

    /** When its processes were started and its milestones evaluated; null while that is still to do. */
    @jakarta.persistence.Column(name = "completed_at")
    private Instant completedAt;

    protected SeedRun() {}

    public SeedRun(int files, String digest) {
        this.loadedAt = Instant.now();
        this.files = files;
        this.digest = digest;
    }

    public Long getId() {
        return id;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The processes are started and the milestones evaluated: nothing is left to do. */
    public void complete() {
        this.completedAt = Instant.now();
    }
}
