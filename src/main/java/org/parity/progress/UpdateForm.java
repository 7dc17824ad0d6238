package org.parity.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.parity.common.CommentText;
import org.parity.common.EvidenceLink;

/** What a lead submits as a progress update (PROGRESS_UPDATE). */
public record UpdateForm(
        @NotNull(message = "{progress.rag.required}") Rag rag,

        @Min(value = 0, message = "{progress.percentComplete.range}")
        @Max(value = 100, message = "{progress.percentComplete.range}")
        int percentComplete,

        @NotBlank(message = "{progress.narrative.required}") @CommentText(label = "The narrative", max = 4000)
        String narrative,

        @EvidenceLink String evidenceUrl,
        boolean proposeCompletion) {}
