package uz.daftar.command.coins;

import uz.daftar.command.progress.AwardIds;
import uz.daftar.events.practice.PracticeAnswerRecorded;

import java.util.Optional;

/**
 * How many coins a learning event earns, and how many a student may earn in a day. Versioned like the XP rule:
 * the version is part of every award's id and is recorded in it.
 * <p>
 * {@value #PRACTICE_ANSWER_V1}: a correct practice answer earns 1 coin; a wrong one earns none. At most
 * {@value #DAILY_CAP} coins from awards per day, counted in the student's time zone.
 */
public final class CoinRule {

    public static final String PRACTICE_ANSWER_V1 = "coins.practice-answer.v1";
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
}
