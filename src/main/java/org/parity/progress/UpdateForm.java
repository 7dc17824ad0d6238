package org.parity.progress;

/** What a lead submits as a progress update (PROGRESS_UPDATE). */
public record UpdateForm(
        Rag rag, int percentComplete, String narrative, String evidenceUrl, boolean proposeCompletion) {}
