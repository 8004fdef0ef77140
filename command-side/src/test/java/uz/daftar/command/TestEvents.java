package uz.daftar.command;

import uz.daftar.command.coins.AdjustCoinsCommand;
import uz.daftar.command.coins.AwardCoinsCommand;
import uz.daftar.command.coins.CaptureHoldCommand;
import uz.daftar.command.coins.CoinRule;
import uz.daftar.command.coins.HoldCoinsCommand;
import uz.daftar.command.coins.OpenWalletCommand;
import uz.daftar.command.coins.ReleaseHoldCommand;
import uz.daftar.command.coins.ReverseEntryCommand;
import uz.daftar.command.coins.SpendCoinsCommand;
import uz.daftar.command.learner.LinkGuardianCommand;
import uz.daftar.command.learner.RegisterStudentCommand;
import uz.daftar.command.practice.RecordPracticeAnswerCommand;
import uz.daftar.command.progress.AwardXpCommand;
import uz.daftar.command.progress.XpRule;
import uz.daftar.events.coins.CoinAwardCapped;
import uz.daftar.events.coins.CoinsAdjusted;
import uz.daftar.events.coins.CoinsAwarded;
import uz.daftar.events.coins.CoinsHeld;
import uz.daftar.events.coins.CoinsSpent;
import uz.daftar.events.coins.HoldCaptured;
import uz.daftar.events.coins.HoldReleased;
import uz.daftar.events.coins.LedgerEntryReversed;
import uz.daftar.events.coins.WalletOpened;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.XpAwarded;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static uz.daftar.events.coins.LedgerAccounts.ISSUANCE;
import static uz.daftar.events.coins.LedgerAccounts.SPENDING;
import static uz.daftar.events.coins.LedgerAccounts.escrow;
import static uz.daftar.events.coins.LedgerAccounts.wallet;

/** Commands and the events they lead to, with plausible defaults, so a test names only what its rule is about. */
public final class TestEvents {

    public static final String STUDENT = "stu-1";
    public static final String OTHER_STUDENT = "stu-2";
    public static final String GUARDIAN = "grd-1";
    public static final String ATTEMPT = "att-1";
    public static final int BIRTH_YEAR = 2016;
    public static final Instant RECORDED_AT = Instant.parse("2025-09-03T10:20:32Z");
    /** When a hold of {@link #holdCoins} expires: a week after it was taken. */
    public static final Instant HOLD_EXPIRES_AT = RECORDED_AT.plus(Duration.ofDays(7));

    private TestEvents() {
    }

    public static RegisterStudentCommand registerStudent() {
        return new RegisterStudentCommand(STUDENT, "pk-1", "c2VhbGVk", BIRTH_YEAR, "Asia/Tashkent", "uz", RECORDED_AT);
    }

    public static StudentRegistered studentRegistered() {
        return new StudentRegistered(STUDENT, "pk-1", "c2VhbGVk", BIRTH_YEAR, "Asia/Tashkent", "uz", RECORDED_AT);
    }

    public static LinkGuardianCommand linkGuardian(String guardianId) {
        return new LinkGuardianCommand(STUDENT, guardianId, RECORDED_AT);
    }

    public static GuardianLinked guardianLinked(String guardianId) {
        return new GuardianLinked(STUDENT, guardianId, RECORDED_AT);
    }

    /** A correct quiz answer of {@link #STUDENT} in {@link #ATTEMPT}, given a second before it arrived. */
    public static Answer answer(String answerId) {
        return new Answer(answerId, STUDENT, PracticeActivity.QUIZ, true, 4_000,
                RECORDED_AT.minusSeconds(1), RECORDED_AT);
    }

    public static AwardXpCommand awardXp(String awardId, long amount) {
        return new AwardXpCommand(STUDENT, awardId, amount, "ans-" + awardId, "PracticeAnswerRecorded",
                XpRule.PRACTICE_ANSWER_V1, RECORDED_AT);
    }

    public static XpAwarded xpAwarded(String awardId, long amount, long totalXp) {
        return new XpAwarded(STUDENT, awardId, amount, totalXp, "ans-" + awardId, "PracticeAnswerRecorded",
                XpRule.PRACTICE_ANSWER_V1, RECORDED_AT);
    }

    /** {@link #STUDENT}'s wallet, counting days in Asia/Tashkent (UTC+5). */
    public static OpenWalletCommand openWallet() {
        return new OpenWalletCommand(STUDENT, "Asia/Tashkent", RECORDED_AT);
    }

    public static WalletOpened walletOpened() {
        return new WalletOpened(STUDENT, "Asia/Tashkent", RECORDED_AT);
    }

    /** An award for the correct answer {@code "ans-" + entryId}, at {@link #RECORDED_AT}. */
    public static AwardCoinsCommand awardCoins(String entryId, long amount) {
        return awardCoins(entryId, amount, RECORDED_AT);
    }

    public static AwardCoinsCommand awardCoins(String entryId, long amount, Instant occurredAt) {
        return new AwardCoinsCommand(STUDENT, entryId, amount, "ans-" + entryId, "PracticeAnswerRecorded",
                CoinRule.PRACTICE_ANSWER_V1, occurredAt);
    }

    /** The award of {@link #awardCoins}, paid in full: debit issuance, credit the wallet. */
    public static CoinsAwarded coinsAwarded(String entryId, long amount, long balanceAfter) {
        return coinsAwarded(entryId, amount, balanceAfter, RECORDED_AT);
    }

    public static CoinsAwarded coinsAwarded(String entryId, long amount, long balanceAfter, Instant occurredAt) {
        return coinsPartlyAwarded(entryId, amount, amount, balanceAfter, occurredAt);
    }

    /** The award of {@link #awardCoins}, cut by the daily cap from {@code requested} to {@code paid}. */
    public static CoinsAwarded coinsPartlyAwarded(String entryId, long paid, long requested, long balanceAfter,
                                                  Instant occurredAt) {
        return new CoinsAwarded(STUDENT, entryId, paid, requested, "ans-" + entryId, "PracticeAnswerRecorded",
                CoinRule.PRACTICE_ANSWER_V1, ISSUANCE, wallet(STUDENT), balanceAfter, occurredAt);
    }

    public static CoinAwardCapped coinAwardCapped(String entryId, long requested, Instant occurredAt, LocalDate day) {
        return new CoinAwardCapped(STUDENT, entryId, requested, "ans-" + entryId, CoinRule.PRACTICE_ANSWER_V1, day,
                CoinRule.DAILY_CAP, occurredAt);
    }

    public static SpendCoinsCommand spendCoins(String entryId, long amount) {
        return new SpendCoinsCommand(STUDENT, entryId, amount, "avatar", RECORDED_AT);
    }

    /** The spend of {@link #spendCoins}: debit the wallet, credit spending. */
    public static CoinsSpent coinsSpent(String entryId, long amount, long balanceAfter) {
        return new CoinsSpent(STUDENT, entryId, amount, "avatar", wallet(STUDENT), SPENDING, balanceAfter,
                RECORDED_AT);
    }

    /** A hold for an olympiad fee until {@link #HOLD_EXPIRES_AT}. */
    public static HoldCoinsCommand holdCoins(String holdId, long amount) {
        return new HoldCoinsCommand(STUDENT, holdId, amount, "olympiad-fee", HOLD_EXPIRES_AT, RECORDED_AT);
    }

    /** The hold of {@link #holdCoins}: debit the wallet, credit the student's escrow. */
    public static CoinsHeld coinsHeld(String holdId, long amount, long balanceAfter) {
        return new CoinsHeld(STUDENT, holdId, amount, "olympiad-fee", HOLD_EXPIRES_AT, wallet(STUDENT),
                escrow(STUDENT), balanceAfter, RECORDED_AT);
    }

    public static CaptureHoldCommand captureHold(String holdId) {
        return new CaptureHoldCommand(STUDENT, holdId, RECORDED_AT);
    }

    /** Debit the student's escrow, credit spending, as entry {@code "capture:" + holdId}. */
    public static HoldCaptured holdCaptured(String holdId, long amount) {
        return new HoldCaptured(STUDENT, holdId, "capture:" + holdId, amount, escrow(STUDENT), SPENDING, RECORDED_AT);
    }

    /** An explicit release, at {@link #RECORDED_AT}. */
    public static ReleaseHoldCommand releaseHold(String holdId) {
        return new ReleaseHoldCommand(STUDENT, holdId, false, RECORDED_AT);
    }

    /** The release the expiry deadline sends, at {@code at}. */
    public static ReleaseHoldCommand expireHold(String holdId, Instant at) {
        return new ReleaseHoldCommand(STUDENT, holdId, true, at);
    }

    /** The release of {@link #releaseHold}: debit the student's escrow, credit the wallet. */
    public static HoldReleased holdReleased(String holdId, long amount, long balanceAfter) {
        return new HoldReleased(STUDENT, holdId, "release:" + holdId, amount, false, escrow(STUDENT),
                wallet(STUDENT), balanceAfter, RECORDED_AT);
    }

    /** The release of {@link #expireHold}. */
    public static HoldReleased holdExpired(String holdId, long amount, long balanceAfter, Instant at) {
        return new HoldReleased(STUDENT, holdId, "release:" + holdId, amount, true, escrow(STUDENT),
                wallet(STUDENT), balanceAfter, at);
    }

    public static ReverseEntryCommand reverseEntry(String entryId, String reversedEntryId) {
        return new ReverseEntryCommand(STUDENT, entryId, reversedEntryId, "paid by mistake", "adm-1", RECORDED_AT);
    }

    public static LedgerEntryReversed entryReversed(String entryId, String reversedEntryId, long amount,
                                                    String debitAccount, String creditAccount, long balanceAfter) {
        return new LedgerEntryReversed(STUDENT, entryId, reversedEntryId, amount, "paid by mistake", "adm-1",
                debitAccount, creditAccount, balanceAfter, RECORDED_AT);
    }

    public static AdjustCoinsCommand adjustCoins(String entryId, long amount) {
        return new AdjustCoinsCommand(STUDENT, entryId, amount, "lost in an outage", "ticket-7", "adm-1",
                RECORDED_AT);
    }

    public static CoinsAdjusted coinsAdjusted(String entryId, long amount, String debitAccount, String creditAccount,
                                              long balanceAfter) {
        return new CoinsAdjusted(STUDENT, entryId, amount, "lost in an outage", "ticket-7", "adm-1", debitAccount,
                creditAccount, balanceAfter, RECORDED_AT);
    }

    /** One practice answer, as the command that records it and as the event it is recorded as. */
    public record Answer(String answerId, String studentId, PracticeActivity activity, boolean correct,
                         long timeTakenMillis, Instant answeredAt, Instant recordedAt) {

        public Answer by(String otherStudentId) {
            return new Answer(answerId, otherStudentId, activity, correct, timeTakenMillis, answeredAt, recordedAt);
        }

        public Answer in(PracticeActivity otherActivity) {
            return new Answer(answerId, studentId, otherActivity, correct, timeTakenMillis, answeredAt, recordedAt);
        }

        public Answer wrong() {
            return new Answer(answerId, studentId, activity, false, timeTakenMillis, answeredAt, recordedAt);
        }

        public Answer taking(long millis) {
            return new Answer(answerId, studentId, activity, correct, millis, answeredAt, recordedAt);
        }

        public Answer answeredAt(Instant time) {
            return new Answer(answerId, studentId, activity, correct, timeTakenMillis, time, recordedAt);
        }

        public RecordPracticeAnswerCommand command() {
            return new RecordPracticeAnswerCommand(ATTEMPT, answerId, studentId, activity, "item-" + answerId,
                    "addition", "42", correct, timeTakenMillis, answeredAt, recordedAt);
        }

        public PracticeAnswerRecorded recorded() {
            return new PracticeAnswerRecorded(answerId, ATTEMPT, studentId, activity, "item-" + answerId,
                    "addition", "42", correct, timeTakenMillis, answeredAt, recordedAt);
        }
    }
}
