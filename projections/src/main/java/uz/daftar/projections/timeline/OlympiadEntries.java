package uz.daftar.projections.timeline;

import uz.daftar.events.olympiad.OlympiadAnswerRecorded;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.RankedEntry;
import uz.daftar.events.olympiad.StandingsPageFrozen;
import uz.daftar.events.olympiad.SubmissionGraded;

import java.util.List;

/**
 * Timeline entries of the olympiad context: a participant's steps and final result. They never carry an answer or
 * anything of the answer key. A frozen page of standings is one entry for each student ranked on it.
 */
final class OlympiadEntries {

    static final List<Class<?>> EVENTS = List.of(ParticipantRegistered.class, ParticipationStarted.class,
            OlympiadAnswerRecorded.class, OlympiadSubmitted.class, SubmissionGraded.class,
            ParticipationCancelled.class, StandingsPageFrozen.class);

    private OlympiadEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof ParticipantRegistered e) {
            return List.of(TimelineFact.of(e.studentId(), e.registeredAt(), "Registered for olympiad " + e.olympiadId()
                    + (e.entryFee() > 0 ? "; an entry fee of " + Words.count(e.entryFee(), "coin", "coins")
                    + " is set aside." : ".")).source(e.olympiadId()).figure("entryFee", e.entryFee()));
        }
        if (event instanceof ParticipationStarted e) {
            return List.of(TimelineFact.of(e.studentId(), e.startedAt(), "Started olympiad " + e.olympiadId()
                    + "; answers are due by " + Words.at(e.personalDeadline()) + ".").source(e.olympiadId())
                    .figure("personalDeadline", e.personalDeadline()));
        }
        if (event instanceof OlympiadAnswerRecorded e) {
            return List.of(TimelineFact.of(e.studentId(), e.answeredAt(), "Answered question " + e.questionId()
                    + " of olympiad " + e.olympiadId() + ".").source(e.olympiadId())
                    .figure("questionId", e.questionId()));
        }
        if (event instanceof OlympiadSubmitted e) {
            String answers = Words.count(e.answers().size(), "answer", "answers");
            return List.of(TimelineFact.of(e.studentId(), e.submittedAt(), e.forced()
                    ? "Olympiad " + e.olympiadId() + " was handed in at the deadline with " + answers + "."
                    : "Handed in olympiad " + e.olympiadId() + " with " + answers + ".").source(e.olympiadId())
                    .figure("answers", e.answers().size()).figure("forced", e.forced()));
        }
        if (event instanceof SubmissionGraded e) {
            return List.of(TimelineFact.of(e.studentId(), e.submittedAt(), "Olympiad " + e.olympiadId()
                            + " was marked: " + e.score() + " of " + Words.count(e.maxScore(), "point", "points")
                            + " (rule " + e.gradingRule() + ").")
                    .rule(e.gradingRule()).source(e.olympiadId()).figure("score", e.score())
                    .figure("maxScore", e.maxScore()));
        }
        if (event instanceof ParticipationCancelled e) {
            return List.of(TimelineFact.of(e.studentId(), e.cancelledAt(), "Olympiad " + e.olympiadId()
                    + " was cancelled, so the registration ended (" + e.reason() + ").").source(e.olympiadId())
                    .figure("reason", e.reason()));
        }
        if (event instanceof StandingsPageFrozen e) {
            return e.entries().stream().map(entry -> result(e, entry)).toList();
        }
        return List.of();
    }

    private static TimelineFact result(StandingsPageFrozen page, RankedEntry entry) {
        String prize = entry.prizeCoins() > 0
                ? ", with a prize of " + Words.count(entry.prizeCoins(), "coin", "coins") : "";
        return TimelineFact.of(entry.studentId(), page.frozenAt(), "Final result of olympiad " + page.olympiadId()
                        + ": place " + entry.rank() + " with " + Words.count(entry.score(), "point", "points") + prize
                        + " (rule " + page.prizeRule() + ").")
                .rule(page.prizeRule()).source(page.olympiadId()).figure("rank", entry.rank())
                .figure("score", entry.score()).figure("prizeCoins", entry.prizeCoins());
    }
}
