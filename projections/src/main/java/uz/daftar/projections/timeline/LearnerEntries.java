package uz.daftar.projections.timeline;

import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.LeaderboardVisibilityChanged;
import uz.daftar.events.learner.SpeechConsentGiven;
import uz.daftar.events.learner.SpeechConsentWithdrawn;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentRegistered;

import java.util.List;

/**
 * Timeline entries of the learner context: joining, a guardian linked, a class joined, leaderboard choice, speech
 * consent.
 */
final class LearnerEntries {

    static final List<Class<?>> EVENTS = List.of(StudentRegistered.class, GuardianLinked.class,
            StudentEnrolled.class, LeaderboardVisibilityChanged.class, SpeechConsentGiven.class,
            SpeechConsentWithdrawn.class);

    private LearnerEntries() {
    }

    static List<TimelineFact> of(Object event) {
        if (event instanceof StudentRegistered e) {
            return List.of(TimelineFact.of(e.studentId(), e.registeredAt(), "Joined Daftar (language "
                    + e.language() + ", days counted in " + e.timeZone() + " time).")
                    .figure("timeZone", e.timeZone()).figure("language", e.language()));
        }
        if (event instanceof GuardianLinked e) {
            return List.of(TimelineFact.of(e.studentId(), e.linkedAt(), "The parent account " + e.guardianId()
                    + " was linked and can now follow this progress.").source(e.guardianId()));
        }
        if (event instanceof LeaderboardVisibilityChanged e) {
            return List.of(TimelineFact.of(e.studentId(), e.changedAt(), e.listed()
                    ? "Shown on leaderboards again, as chosen by " + e.changedBy() + "."
                    : "Kept off leaderboards (not shown to or counted for other children), as chosen by "
                    + e.changedBy() + ".").source(e.changedBy()));
        }
        if (event instanceof SpeechConsentGiven e) {
            return List.of(TimelineFact.of(e.studentId(), e.givenAt(), "Consent to record and score reading aloud "
                    + "was given by " + e.decidedBy() + ".").source(e.decidedBy()));
        }
        if (event instanceof SpeechConsentWithdrawn e) {
            return List.of(TimelineFact.of(e.studentId(), e.withdrawnAt(), "Consent to record reading aloud was "
                    + "withdrawn by " + e.decidedBy() + "; recordings are deleted.").source(e.decidedBy()));
        }
        if (event instanceof StudentEnrolled e) {
            return List.of(TimelineFact.of(e.studentId(), e.enrolledAt(), "Joined class " + e.classId()
                    + " of learning centre " + e.centreId() + ".").source(e.classId())
                    .figure("centreId", e.centreId()));
        }
        return List.of();
    }
}
