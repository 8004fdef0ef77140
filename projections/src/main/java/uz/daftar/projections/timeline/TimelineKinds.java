package uz.daftar.projections.timeline;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The kinds of timeline entry: the type names of the events the timeline records, as in docs/EVENTS.md. Entries of
 * one instant (an answer and the XP, coins and streak it set off carry the answer's time) are ordered by kind, a
 * cause before what it sets off.
 */
public final class TimelineKinds {

    private static final List<Class<?>> EVENTS = Stream.of(LearnerEntries.EVENTS, PracticeEntries.EVENTS,
            GameEntries.EVENTS, ProgressEntries.EVENTS, CoinEntries.EVENTS, OlympiadEntries.EVENTS,
            SubscriptionEntries.EVENTS, DisputeEntries.EVENTS, AiEntries.EVENTS, ReadingEntries.EVENTS)
            .flatMap(List::stream).toList();

    /** Every kind, in alphabetical order. */
    public static final Set<String> ALL = Collections.unmodifiableSet(new TreeSet<>(EVENTS.stream()
            .map(Class::getSimpleName).toList()));

    /** The kinds in the order entries of one instant happen: whatever a kind sets off comes after it. */
    static final List<String> CAUSAL_ORDER = List.of(
            "StudentRegistered", "GuardianLinked", "WalletOpened", "ProgressStarted", "StudentEnrolled",
            "LeaderboardVisibilityChanged", "SpeechConsentGiven", "SpeechConsentWithdrawn",
            "EntitlementGranted", "EntitlementRenewed", "EntitlementExpired", "EntitlementRefunded",
            "GameSessionStarted", "GameScoreSubmitted", "ScoreAccepted", "ScoreQuarantined",
            "ReadingAttemptSubmitted", "ReadingAssessmentFailed", "ReadingAssessed", "ReadingAudioDeleted",
            "PracticeAnswerRecorded", "PracticeAttemptCompleted", "PracticeAttemptAbandoned", "SkillPracticed",
            "XpAwarded", "LevelReached", "StreakFreezeUsed", "StreakChanged", "StreakFreezeEarned", "BadgeEarned",
            "ParticipantRegistered", "ParticipationStarted", "OlympiadAnswerRecorded", "OlympiadSubmitted",
            "SubmissionGraded", "ParticipationCancelled", "StandingsPageFrozen",
            "CoinsAwarded", "CoinAwardCapped", "PrizeAwarded", "CoinsAdjusted", "CoinsSpent", "CoinsHeld",
            "HoldCaptured", "HoldReleased", "LedgerEntryReversed",
            "DisputeOpened", "DisputeTaken", "EvidenceRequested", "EvidenceAdded", "DisputeUpheld", "DisputeRejected",
            "ArtefactRequested", "ArtefactGenerated", "ArtefactGenerationFailed");

    private TimelineKinds() {
    }

    /** What {@code event} says about each student it concerns; nothing for an event that concerns no student. */
    static List<TimelineFact> factsOf(Object event) {
        return Stream.of(LearnerEntries.of(event), PracticeEntries.of(event), GameEntries.of(event),
                ProgressEntries.of(event), CoinEntries.of(event), OlympiadEntries.of(event),
                SubscriptionEntries.of(event), DisputeEntries.of(event), AiEntries.of(event), ReadingEntries.of(event))
                .flatMap(List::stream).toList();
    }

    static String kindOf(Object event) {
        return event.getClass().getSimpleName();
    }

    /** The place of {@code kind} among entries of the same instant. */
    static int rank(String kind) {
        int rank = CAUSAL_ORDER.indexOf(kind);
        if (rank < 0) {
            throw new IllegalArgumentException("the timeline does not order entries of kind " + kind);
        }
        return rank;
    }
}
