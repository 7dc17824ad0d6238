package org.parity.people;

/** What a person may do in Parity. A person can hold several roles. */
public enum Role {
    /** Operates the platform: users, the process engine. */
    ADMIN,
    /** The EDI team of one organisation: plans, imports, reports, chasing. */
    EDI,
    /** Leads actions: progress updates, recovery plans, extension requests. */
    LEAD,
    /** Executive sponsor: signs off, reviews, approves or returns. */
    SPONSOR,
    /** Board or committee member: reads issued reports. */
    BOARD,
    /** Integrated care system: reads every organisation of one system. */
    ICS
}
