package org.parity.plan;

import org.parity.progress.Rag;

/**
 * What "Find actions" looks for; every part optional (blank text counts as absent).
 *
 * @param words    words in the title, rationale or success measures
 * @param plan     one plan
 * @param standard WRES, WDES, GPG or EDI
 * @param status   the action's status
 * @param rag      its latest RAG
 * @param lead     part of the lead's username
 * @param unit     the code of a unit (care group, division, directorate, site): only actions aimed at it
 */
public record ActionFilter(
        String words, Long plan, String standard, ActionStatus status, Rag rag, String lead, String unit) {

    public ActionFilter {
        words = blankToNull(words);
        standard = blankToNull(standard);
        lead = blankToNull(lead);
        unit = blankToNull(unit);
    }

    /** Without a unit. */
    public ActionFilter(String words, Long plan, String standard, ActionStatus status, Rag rag, String lead) {
        this(words, plan, standard, status, rag, lead, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
