package uz.daftar.command;

import uz.daftar.command.learner.LinkGuardianCommand;
import uz.daftar.command.learner.RegisterStudentCommand;
import uz.daftar.command.practice.RecordPracticeAnswerCommand;
import uz.daftar.command.progress.AwardXpCommand;
import uz.daftar.command.progress.XpRule;
import uz.daftar.events.learner.GuardianLinked;
import uz.daftar.events.learner.StudentRegistered;
import uz.daftar.events.practice.PracticeActivity;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.progress.XpAwarded;

import java.time.Instant;

/** Commands and the events they lead to, with plausible defaults, so a test names only what its rule is about. */
public final class TestEvents {

    public static final String STUDENT = "stu-1";
    public static final String OTHER_STUDENT = "stu-2";
    public static final String GUARDIAN = "grd-1";
    public static final String ATTEMPT = "att-1";
    public static final Instant RECORDED_AT = Instant.parse("2025-09-03T10:20:32Z");

    private TestEvents() {
    }

    public static RegisterStudentCommand registerStudent() {
        return new RegisterStudentCommand(STUDENT, "pk-1", "c2VhbGVk", "Asia/Tashkent", "uz", RECORDED_AT);
    }

    public static StudentRegistered studentRegistered() {
        return new StudentRegistered(STUDENT, "pk-1", "c2VhbGVk", "Asia/Tashkent", "uz", RECORDED_AT);
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
