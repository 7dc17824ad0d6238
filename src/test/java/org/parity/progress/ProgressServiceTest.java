package org.parity.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.audit.AuditEvent;
import org.parity.audit.AuditLog;
import org.parity.common.BadInputException;
import org.parity.common.ConflictException;
import org.parity.people.Caller;
import org.parity.people.Role;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.parity.support.TestActions;
import org.springframework.beans.factory.annotation.Autowired;

/** Submissions and sponsor decisions: four-eyes, comments to return, one decision each, audit entries. */
@org.parity.support.CreatesActions
@ParityTest
class ProgressServiceTest {

    static final Caller LEAD = new Caller("lead@kmpt", "Lead", EnumSet.of(Role.LEAD), "kmpt", null);
    static final Caller SPONSOR = new Caller("sponsor@kmpt", "Sponsor", EnumSet.of(Role.SPONSOR), "kmpt", null);
    static final Caller BOTH = new Caller("both@kmpt", "Both", EnumSet.of(Role.LEAD, Role.SPONSOR), "kmpt", null);

    @Autowired
    ProgressService progress;

    @Autowired
    AuditLog audit;

    @Autowired
    ActionRepository actions;

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    Long actionId;

    @BeforeEach
    void freshAction() {
        actionId = new TestActions(actions, plans, themes)
                .create("lead@kmpt", "sponsor@kmpt")
                .getId();
    }

    @Test
    void anUpdateWaitsForTheSponsorWhoApprovesIt() {
        ProgressUpdate update = progress.submit(actionId, LEAD, new UpdateForm(Rag.AMBER, 40, "Half way", null, false));
        assertThat(update.status()).isEqualTo(UpdateStatus.SUBMITTED);
        assertThat(progress.awaitingDecision(actionId))
                .get()
                .extracting(ProgressUpdate::id)
                .isEqualTo(update.id());

        Review review = progress.decide(update.id(), SPONSOR, Decision.APPROVE, null);

        assertThat(review.kind()).isEqualTo(ReviewKind.REVIEW);
        assertThat(progress.awaitingDecision(actionId)).isEmpty();
        assertThat(progress.approvedFor(actionId))
                .extracting(ProgressUpdate::narrative)
                .containsExactly("Half way");
        assertThat(audit.forSubject("ACTION", actionId.toString()))
                .extracting(AuditEvent::eventType, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UPDATE_SUBMITTED", null, "SUBMITTED"),
                        org.assertj.core.groups.Tuple.tuple("REVIEW_DECIDED", "SUBMITTED", "APPROVED"));
    }

    @Test
    void whoeverSubmittedMayNeverApproveEvenHoldingBothRoles() {
        ProgressUpdate update = progress.submit(actionId, BOTH, new UpdateForm(Rag.GREEN, 100, "Done", null, true));

        assertThatThrownBy(() -> progress.decide(update.id(), BOTH, Decision.APPROVE, "fine by me"))
                .isInstanceOf(FourEyesException.class);

        assertThat(progress.awaitingDecision(actionId)).isPresent();
        assertThat(progress.reviewsOf(actionId)).isEmpty();
        Review completion = progress.decide(update.id(), SPONSOR, Decision.APPROVE, null);
        assertThat(completion.kind()).isEqualTo(ReviewKind.COMPLETION_REVIEW);
    }

    @Test
    void aReturnNeedsACommentAndADecisionIsTakenOnce() {
        ProgressUpdate update = progress.submit(actionId, LEAD, new UpdateForm(Rag.RED, 5, "Stuck", null, false));

        assertThatThrownBy(() -> progress.decide(update.id(), SPONSOR, Decision.RETURN, " "))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).errors())
                        .extracting("field")
                        .containsExactly("comment"));
        progress.decide(update.id(), SPONSOR, Decision.RETURN, "Say what blocks you");

        assertThatThrownBy(() -> progress.decide(update.id(), SPONSOR, Decision.APPROVE, null))
                .isInstanceOf(ConflictException.class);
        assertThat(progress.reviewsOf(actionId))
                .extracting(Review::decision, Review::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Decision.RETURN, "Say what blocks you"));
    }

    @Test
    void submissionsFollowTheSameRules() {
        Submission request = progress.record(
                actionId,
                BOTH,
                SubmissionKind.EXTENSION_REQUEST,
                new SubmissionForm("Need six more months", LocalDate.of(2027, 9, 30), false, null));

        assertThatThrownBy(() -> progress.decideSubmission(
                        request.id(), BOTH, ReviewKind.EXTENSION_REVIEW, Decision.APPROVE, null))
                .isInstanceOf(FourEyesException.class);
        progress.decideSubmission(request.id(), SPONSOR, ReviewKind.EXTENSION_REVIEW, Decision.APPROVE, "Agreed");

        assertThat(progress.submissionsOf(actionId)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(UpdateStatus.APPROVED);
            assertThat(s.decidedBy()).isEqualTo("sponsor@kmpt");
        });
        Submission chase = progress.record(
                actionId, SPONSOR, SubmissionKind.OVERDUE_CHASE, SubmissionForm.comment("Rang the lead"));
        assertThat(chase.status()).isEqualTo(UpdateStatus.APPROVED);
        assertThatThrownBy(() -> progress.record(actionId, LEAD, SubmissionKind.SCOPE, SubmissionForm.comment("")))
                .isInstanceOf(BadInputException.class);
    }
}
