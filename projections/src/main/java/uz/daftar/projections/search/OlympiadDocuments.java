package uz.daftar.projections.search;

import uz.daftar.events.olympiad.OlympiadAnswerRecorded;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.SubmissionGraded;

import java.time.Instant;
import java.util.Optional;

/**
 * Activity documents of the olympiad context: a participant's steps. They never carry an answer or anything of the
 * answer key; the olympiad's own events and its frozen standings are not one student's activity.
 */
final class OlympiadDocuments {

    private OlympiadDocuments() {
    }

    static Optional<ActivityDocument> of(Object event) {
        if (event instanceof ParticipantRegistered e) {
            return olympiad("ParticipantRegistered", e.studentId(), e.registeredAt(), e.olympiadId(),
                    "Registered for olympiad " + e.olympiadId() + (e.entryFee() > 0 ? " with an entry fee of "
                            + e.entryFee() + " coin(s)." : "."));
        }
        if (event instanceof ParticipationStarted e) {
            return olympiad("ParticipationStarted", e.studentId(), e.startedAt(), e.olympiadId(), "Started olympiad "
                    + e.olympiadId() + "; answers are due by " + e.personalDeadline() + ".");
        }
        if (event instanceof OlympiadAnswerRecorded e) {
            return olympiad("OlympiadAnswerRecorded", e.studentId(), e.answeredAt(), e.olympiadId(),
                    "Answered question " + e.questionId() + " of olympiad " + e.olympiadId() + ".");
        }
        if (event instanceof OlympiadSubmitted e) {
            return olympiad("OlympiadSubmitted", e.studentId(), e.submittedAt(), e.olympiadId(), e.forced()
                    ? "Olympiad " + e.olympiadId() + " was submitted at the deadline with " + e.answers().size()
                    + " answer(s)."
                    : "Submitted olympiad " + e.olympiadId() + " with " + e.answers().size() + " answer(s).");
        }
        if (event instanceof SubmissionGraded e) {
            return olympiad("SubmissionGraded", e.studentId(), e.submittedAt(), e.olympiadId(), "Submitted olympiad "
                    + e.olympiadId() + ": " + e.score() + " of " + e.maxScore() + " points.")
                    .map(d -> d.with("score", e.score()).with("ruleVersion", e.gradingRule()));
        }
        if (event instanceof ParticipationCancelled e) {
            return olympiad("ParticipationCancelled", e.studentId(), e.cancelledAt(), e.olympiadId(),
                    "The registration for olympiad " + e.olympiadId() + " was cancelled: " + e.reason() + ".");
        }
        return Optional.empty();
    }

    private static Optional<ActivityDocument> olympiad(String type, String studentId, Instant at, String olympiadId,
                                                       String description) {
        return Optional.of(ActivityDocument.of(type, studentId, at, description).with("olympiadId", olympiadId));
    }
}
