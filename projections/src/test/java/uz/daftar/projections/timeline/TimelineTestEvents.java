package uz.daftar.projections.timeline;

import uz.daftar.events.ai.ArtefactGenerated;
import uz.daftar.events.ai.ArtefactGenerationFailed;
import uz.daftar.events.ai.ArtefactRequested;
import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.PrizeAwarded;
import uz.daftar.events.coins.WalletOpened;
import uz.daftar.events.games.Game;
import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.GameSessionStarted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.LeaderboardVisibilityChanged;
import uz.daftar.events.learner.SpeechConsentGiven;
import uz.daftar.events.learner.SpeechConsentWithdrawn;
import uz.daftar.events.reading.AssessmentSettings;
import uz.daftar.events.reading.ReadingAssessed;
import uz.daftar.events.reading.ReadingAssessmentFailed;
import uz.daftar.events.reading.ReadingAssessor;
import uz.daftar.events.reading.ReadingAttemptSubmitted;
import uz.daftar.events.reading.ReadingAudioDeleted;
import uz.daftar.events.reading.ReadingWord;
import uz.daftar.events.learner.StudentEnrolled;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.olympiad.OlympiadAnswerRecorded;
import uz.daftar.events.olympiad.OlympiadSubmitted;
import uz.daftar.events.olympiad.ParticipantRegistered;
import uz.daftar.events.olympiad.ParticipationCancelled;
import uz.daftar.events.olympiad.ParticipationStarted;
import uz.daftar.events.olympiad.RankedEntry;
import uz.daftar.events.olympiad.StandingsPageFrozen;
import uz.daftar.events.olympiad.SubmissionGraded;
import uz.daftar.events.practice.MasteryLevel;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.practice.PracticeAttemptAbandoned;
import uz.daftar.events.practice.PracticeAttemptCompleted;
import uz.daftar.events.practice.SkillPracticed;
import uz.daftar.events.progress.BadgeEarned;
import uz.daftar.events.progress.LevelReached;
import uz.daftar.events.progress.ProgressStarted;
import uz.daftar.events.progress.StreakChanged;
import uz.daftar.events.progress.StreakFreezeEarned;
import uz.daftar.events.progress.StreakFreezeUsed;
import uz.daftar.events.progress.XpAwarded;
import uz.daftar.events.subscription.EntitlementExpired;
import uz.daftar.events.subscription.EntitlementGranted;
import uz.daftar.events.subscription.EntitlementRefunded;
import uz.daftar.events.subscription.EntitlementRenewed;

import uz.daftar.events.disputes.DisputeOpened;
import uz.daftar.events.disputes.DisputeRejected;
import uz.daftar.events.disputes.DisputeTaken;
import uz.daftar.events.disputes.DisputeUpheld;
import uz.daftar.events.disputes.EvidenceAdded;
import uz.daftar.events.disputes.EvidenceRequested;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Events of one student, Aziza ({@value #STUDENT}), as the timeline tests need them. */
final class TimelineTestEvents {

    static final String STUDENT = "aziza";
    static final Instant AT = Instant.parse("2026-11-20T10:15:00Z");
    private static final String WALLET = "wallet:" + STUDENT;
    private static final String ESCROW = "escrow:" + STUDENT;

    private TimelineTestEvents() {
    }

    static PracticeAnswerRecorded answer(String answerId, boolean correct, long millis) {
        return new PracticeAnswerRecorded(answerId, "attempt-1", STUDENT, PracticeActivity.QUIZ, "q-7", "fractions",
                "3/4", correct, millis, AT, AT.plusSeconds(1));
    }

    static XpAwarded xpAwarded(long amount, long totalXp) {
        return new XpAwarded(STUDENT, "xp-award-" + totalXp, amount, totalXp, "answer-1", "PracticeAnswerRecorded",
                "xp.practice-answer.v1", AT);
    }

    static LevelReached levelReached(int level, long totalXp) {
        return new LevelReached(STUDENT, level, totalXp, "levels.v1", AT);
    }

    static StreakChanged streakChanged(LocalDate day, int current, int best, LocalDate lastActiveDay) {
        return new StreakChanged(STUDENT, day, current, best, lastActiveDay, "streaks.v1", AT);
    }

    static StreakFreezeUsed freezeUsed(int available, LocalDate... days) {
        return new StreakFreezeUsed(STUDENT, List.of(days), available, "streaks.v1", AT);
    }

    static CoinsSpent coinsSpent(long amount, String purpose, long balanceAfter) {
        return new CoinsSpent(STUDENT, "spend-1", amount, purpose, WALLET, "platform:spending", balanceAfter, AT);
    }

    static CoinsHeld coinsHeld(long amount, long balanceAfter) {
        return new CoinsHeld(STUDENT, "fee-1", amount, "olympiad fee", Instant.parse("2026-11-30T12:00:00Z"), WALLET,
                ESCROW, balanceAfter, AT);
    }

    static HoldCaptured holdCaptured(long amount) {
        return new HoldCaptured(STUDENT, "fee-1", "capture:fee-1", amount, ESCROW, "platform:spending", AT);
    }

    static HoldReleased holdReleased(long amount, boolean expired, long balanceAfter) {
        return new HoldReleased(STUDENT, "fee-1", "release:fee-1", amount, expired, ESCROW, WALLET, balanceAfter, AT);
    }

    static StandingsPageFrozen standingsPage(RankedEntry... entries) {
        return new StandingsPageFrozen("olymp-1", 1, List.of(entries), "olympiad-prizes.v1",
                Instant.parse("2026-11-21T09:00:00Z"));
    }

    /** One event of every type the timeline records, each about {@value #STUDENT}. */
    static List<Object> everyKind() {
        Instant later = AT.plusSeconds(3600);
        return List.of(
                new StudentRegistered(STUDENT, "key-1", "sealed", 2016, "Asia/Tashkent", "uz-Latn", AT),
                new GuardianLinked(STUDENT, "parent-1", AT),
                new StudentEnrolled("class-1", "centre-1", STUDENT, AT),
                new LeaderboardVisibilityChanged(STUDENT, false, "parent-1", AT),
                new SpeechConsentGiven(STUDENT, "parent-1", AT),
                new SpeechConsentWithdrawn(STUDENT, "parent-1", later),
                new ReadingAttemptSubmitted("read-1", STUDENT, "Bahor keldi.", "uz-Latn",
                        "audio:sha256:" + "e".repeat(64), ReadingAssessor.AZURE, STUDENT, AT),
                new ReadingAssessed("read-1", STUDENT, "uz-Latn", ReadingAssessor.AZURE, null, 90, 85, 100, 80.0, 88,
                        List.of(new ReadingWord("bahor", 92.0, "None")), "1.50.0",
                        new AssessmentSettings("HundredMark", "Phoneme", true, true, "uz-UZ", "f".repeat(64)), AT),
                new ReadingAssessmentFailed("read-2", STUDENT, "TIMEOUT", "slow", AT),
                new ReadingAudioDeleted("read-1", STUDENT, "audio:sha256:" + "e".repeat(64), "CONSENT_WITHDRAWN",
                        later),
                answer("answer-1", true, 12_000),
                new PracticeAttemptCompleted("attempt-1", STUDENT, PracticeActivity.TYPING_EXERCISE, 10, 8, 25, 96,
                        Map.of("f", 2), AT),
                new PracticeAttemptAbandoned("attempt-2", STUDENT, PracticeActivity.HARF_DRILL, 3, AT),
                new SkillPracticed(STUDENT, "fractions", MasteryLevel.FAMILIAR, MasteryLevel.PROFICIENT, 4,
                        "mastery.v1", "answer-1", AT),
                new GameSessionStarted(STUDENT, Game.TETRIS, "session-1", AT),
                new GameScoreSubmitted(STUDENT, Game.TETRIS, "session-1", 1200, 185_000, null, 14, 3, null, null, AT),
                new ScoreAccepted(STUDENT, Game.TETRIS, "session-1", 1200, "plausibility.v1", AT),
                new ScoreQuarantined(STUDENT, Game.GAME_2048, "session-2", 999_999, "plausibility.v1",
                        List.of("score-above-move-bound: 999999 points in 10 moves"), AT),
                new ProgressStarted(STUDENT, "Asia/Tashkent", AT),
                xpAwarded(10, 120),
                levelReached(2, 120),
                streakChanged(LocalDate.of(2026, 11, 20), 5, 7, LocalDate.of(2026, 11, 20)),
                new StreakFreezeEarned(STUDENT, 1, "streaks.v1", AT),
                freezeUsed(0, LocalDate.of(2026, 11, 18)),
                new BadgeEarned(STUDENT, "streak-3", "badges.v1", "answer-1", AT),
                new WalletOpened(STUDENT, "Asia/Tashkent", AT),
                new CoinsAwarded(STUDENT, "coins-1", 1, 1, "answer-1", "PracticeAnswerRecorded",
                        "coins.practice-answer.v1", "platform:issuance", WALLET, 41, AT),
                new CoinAwardCapped(STUDENT, "coins-2", 1, "answer-2", "coins.practice-answer.v1",
                        LocalDate.of(2026, 11, 20), 50, AT),
                new PrizeAwarded(STUDENT, "prize-1", 20, "olymp-1", 2, "olympiad-prizes.v1", "platform:issuance",
                        WALLET, 61, later),
                coinsSpent(30, "a sticker pack", 31),
                coinsHeld(10, 21),
                holdCaptured(10),
                holdReleased(10, true, 31),
                new LedgerEntryReversed(STUDENT, "reversal-1", "spend-1", 30, "bought by accident", "admin-1",
                        "platform:spending", WALLET, 61, later),
                new CoinsAdjusted(STUDENT, "adjust-1", -5, "double payment", "ticket-9", "admin-1", WALLET,
                        "platform:spending", 56, later),
                new ParticipantRegistered("olymp-1", STUDENT, 10, "fee-1", AT),
                new ParticipationStarted("olymp-1", STUDENT, "fee-1", AT, later),
                new OlympiadAnswerRecorded("olymp-1", STUDENT, "q3", "42", AT),
                new OlympiadSubmitted("olymp-1", STUDENT, Map.of("q3", "42"), false, AT),
                new SubmissionGraded("olymp-1", STUDENT, 8, 10, List.of("q3"), "olympiad-grading.v1", AT),
                new ParticipationCancelled("olymp-2", STUDENT, "fee-2", "too few participants", AT),
                standingsPage(new RankedEntry(2, STUDENT, 8, AT, 20)),
                new EntitlementGranted(STUDENT, "ent-1", "olympiads", AT, later, "payment-1", AT),
                new EntitlementRenewed(STUDENT, "ent-1", later.plusSeconds(3600), AT, "payment-2"),
                new EntitlementExpired(STUDENT, "ent-1", later),
                new EntitlementRefunded(STUDENT, "ent-2", "billing mistake", AT),
                new DisputeOpened("dispute-1", STUDENT, "parent-1", true, "coins-2", null, "Coins missing.", later),
                new DisputeTaken("dispute-1", STUDENT, "admin-1", later),
                new EvidenceRequested("dispute-1", STUDENT, "q-1", "Which quiz?", "admin-1", later),
                new EvidenceAdded("dispute-1", STUDENT, "ev-1", "parent-1", false, "The fractions quiz.", null, later),
                new DisputeUpheld("dispute-1", STUDENT, "admin-1", "Cap applied twice.", "CREDIT", 1L, "coins-2",
                        "dispute:dispute-1", later),
                new DisputeRejected("dispute-2", STUDENT, "admin-1", "The cap applied.", later),
                new ArtefactRequested("narrative-1", "PARENT_NARRATIVE", STUDENT, null, LocalDate.of(2025, 10, 1),
                        LocalDate.of(2025, 10, 31), "parent-1", "PARENT", "parent-narrative.v1", "{}",
                        List.of("report-facts-watermark:4"), later),
                new ArtefactGenerated("narrative-1", "PARENT_NARRATIVE", STUDENT, null, "gpt-4o-mini",
                        "parent-narrative.v1", "{}", 10L, 5L, "chatcmpl-1", later),
                new ArtefactGenerationFailed("recommend-1", "RECOMMENDATIONS", STUDENT, null, "TIMEOUT", "slow",
                        later));
    }
}
