package uz.daftar.command.progress;

import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.practice.PracticeAnswerRecorded;
import uz.daftar.events.reading.ReadingAssessed;

/**
 * How much XP a practice answer earns. Versioned: a changed rule is a new version, and the version is recorded in
 * every award, so the same history always yields the same XP.
 * <p>
 * {@value #PRACTICE_ANSWER_V1}: a correct answer earns 10 XP, a wrong one 2 XP for the effort; an answer given
 * faster than {@value #MIN_HUMAN_MILLIS} ms earns nothing.
 * <p>
 * {@value #GAME_SCORE_V1}: a game score judged plausible earns {@value #XP_PER_ACCEPTED_GAME} XP, whatever the
 * score (scores of different games are not comparable); a quarantined score earns nothing until it is accepted.
 * <p>
 * {@value #READING_V1}: an assessed reading earns by its pronunciation score, whoever scored it: 20 XP from 85,
 * 12 XP from 60, 5 XP below for the effort.
 */
public final class XpRule {

    public static final String PRACTICE_ANSWER_V1 = "xp.practice-answer.v1";
    public static final String GAME_SCORE_V1 = "xp.game-score.v1";
    public static final String READING_V1 = "xp.reading.v1";
    static final long XP_PER_ACCEPTED_GAME = 5;
    static final long MIN_HUMAN_MILLIS = 300;

    private XpRule() {
    }

    public static AwardXpCommand forGame(ScoreAccepted score) {
        String source = "game:" + score.game() + ":" + score.sessionId();
        return new AwardXpCommand(score.studentId(), AwardIds.of("xp", source, GAME_SCORE_V1), XP_PER_ACCEPTED_GAME,
                source, "ScoreAccepted", GAME_SCORE_V1, score.decidedAt());
    }

    public static AwardXpCommand forAnswer(PracticeAnswerRecorded answer) {
        long amount = answer.timeTakenMillis() < MIN_HUMAN_MILLIS ? 0 : answer.correct() ? 10 : 2;
        return new AwardXpCommand(answer.studentId(),
                AwardIds.of("xp", answer.answerId(), PRACTICE_ANSWER_V1),
                amount, answer.answerId(), "PracticeAnswerRecorded", PRACTICE_ANSWER_V1, answer.answeredAt());
    }

    public static AwardXpCommand forReading(ReadingAssessed reading) {
        String source = "reading:" + reading.attemptId();
        double score = reading.pronunciation();
        long amount = score >= 85 ? 20 : score >= 60 ? 12 : 5;
        return new AwardXpCommand(reading.studentId(), AwardIds.of("xp", source, READING_V1), amount, source,
                "ReadingAssessed", READING_V1, reading.assessedAt());
    }
}
