package uz.daftar.command.coins;

import uz.daftar.command.progress.AwardIds;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.reading.ReadingAssessed;

import java.util.Optional;

/**
 * How many coins a learning event earns, and how many a student may earn in a day. Versioned like the XP rule:
 * the version is part of every award's id and is recorded in it.
 * <p>
 * {@value #PRACTICE_ANSWER_V1}: a correct practice answer earns 1 coin; a wrong one earns none. At most
 * {@value #DAILY_CAP} coins from awards per day, counted in the student's time zone.
 * <p>
 * {@value #READING_V1}: a reading with a pronunciation score of 85 or more earns 3 coins, from 70 1 coin, below
 * none; the same for the speech service's and a teacher's score.
 */
public final class CoinRule {

    public static final String PRACTICE_ANSWER_V1 = "coins.practice-answer.v1";
    public static final String READING_V1 = "coins.reading.v1";
    public static final long DAILY_CAP = 50;

    private CoinRule() {
    }

    public static Optional<AwardCoinsCommand> forAnswer(PracticeAnswerRecorded answer) {
        if (!answer.correct()) {
            return Optional.empty();
        }
        return Optional.of(new AwardCoinsCommand(answer.studentId(),
                AwardIds.of("coins", answer.answerId(), PRACTICE_ANSWER_V1), 1, answer.answerId(),
                "PracticeAnswerRecorded", PRACTICE_ANSWER_V1, answer.answeredAt()));
    }

    public static Optional<AwardCoinsCommand> forReading(ReadingAssessed reading) {
        double score = reading.pronunciation();
        long amount = score >= 85 ? 3 : score >= 70 ? 1 : 0;
        if (amount == 0) {
            return Optional.empty();
        }
        String source = "reading:" + reading.attemptId();
        return Optional.of(new AwardCoinsCommand(reading.studentId(), AwardIds.of("coins", source, READING_V1),
                amount, source, "ReadingAssessed", READING_V1, reading.assessedAt()));
    }
}
