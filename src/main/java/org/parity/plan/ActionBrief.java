package org.parity.plan;

import java.time.LocalDate;

/** What the process and its reminders need to know of an action: who, by when, how often reviewed, how far. */
public record ActionBrief(
        Long id,
        Long planId,
        String title,
        ActionStatus status,
        LocalDate due,
        ReviewCadence reviewCadence,
        String leadUsername,
        String sponsorUsername) {}
