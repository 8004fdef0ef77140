package uz.daftar.command.games;

import uz.daftar.events.games.Game;
import uz.daftar.events.games.GameScoreSubmitted;
import uz.daftar.events.games.GameSessionStarted;
import uz.daftar.events.games.ScoreAccepted;
import uz.daftar.events.games.ScoreQuarantined;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static uz.daftar.events.games.Game.GAME_2048;
import static uz.daftar.events.games.Game.MATH_MONSTER;
import static uz.daftar.events.games.Game.MEMORY;
import static uz.daftar.events.games.Game.TETRIS;

/** Game commands and the events they lead to, plausible by default, so a test names only what its rule is about. */
final class GameTestEvents {

    static final String STUDENT = "stu-1";
    static final Instant STARTED_AT = Instant.parse("2025-09-03T10:00:00Z");
    static final Instant SUBMITTED_AT = STARTED_AT.plus(Duration.ofMinutes(30));

    private GameTestEvents() {
    }

    static StartGameSessionCommand startSession(String sessionId) {
        return new StartGameSessionCommand(STUDENT, GAME_2048, sessionId, STARTED_AT);
    }

    static GameSessionStarted sessionStarted(String sessionId) {
        return new GameSessionStarted(STUDENT, GAME_2048, sessionId, STARTED_AT);
    }

    /** 1000 points in 100 moves over four minutes. */
    static Score game2048(String sessionId) {
        return new Score(GAME_2048, sessionId, 1000, 240_000, 100, null, null, null, null, SUBMITTED_AT);
    }

    /** 6000 points for 20 lines up to level 2 over five minutes. */
    static Score tetris() {
        return new Score(TETRIS, "tetris-1", 6000, 300_000, null, 20, 2, null, null, SUBMITTED_AT);
    }

    /** 800 points in 16 moves over a minute. */
    static Score memory() {
        return new Score(MEMORY, "memory-1", 800, 60_000, 16, null, null, null, null, SUBMITTED_AT);
    }

    /** 200 points for 20 answers over two minutes, the fastest in 0.9 s. */
    static Score mathMonster() {
        return new Score(MATH_MONSTER, "math-1", 200, 120_000, null, null, null, 20, 900L, SUBMITTED_AT);
    }

    /** A session started and scored (and accepted) {@code before} {@link #SUBMITTED_AT}, with the given points. */
    static List<Object> scoredBefore(Duration before, String sessionId, long points) {
        Score score = game2048(sessionId).of(points).at(SUBMITTED_AT.minus(before));
        return List.of(sessionStarted(sessionId), score.submitted(), score.accepted());
    }

    record Score(Game game, String sessionId, long score, long durationMillis, Integer moves, Integer lines,
                 Integer level, Integer answers, Long fastestAnswerMillis, Instant at) {

        Score of(long points) {
            return new Score(game, sessionId, points, durationMillis, moves, lines, level, answers,
                    fastestAnswerMillis, at);
        }

        Score lasting(long millis) {
            return new Score(game, sessionId, score, millis, moves, lines, level, answers, fastestAnswerMillis, at);
        }

        Score moves(Integer count) {
            return new Score(game, sessionId, score, durationMillis, count, lines, level, answers,
                    fastestAnswerMillis, at);
        }

        Score lines(Integer count) {
            return new Score(game, sessionId, score, durationMillis, moves, count, level, answers,
                    fastestAnswerMillis, at);
        }

        Score level(Integer reached) {
            return new Score(game, sessionId, score, durationMillis, moves, lines, reached, answers,
                    fastestAnswerMillis, at);
        }

        Score answers(Integer count) {
            return new Score(game, sessionId, score, durationMillis, moves, lines, level, count,
                    fastestAnswerMillis, at);
        }

        Score fastestAnswer(Long millis) {
            return new Score(game, sessionId, score, durationMillis, moves, lines, level, answers, millis, at);
        }

        Score at(Instant time) {
            return new Score(game, sessionId, score, durationMillis, moves, lines, level, answers,
                    fastestAnswerMillis, time);
        }

        SubmitGameScoreCommand command() {
            return new SubmitGameScoreCommand(STUDENT, game, sessionId, score, durationMillis, moves, lines, level,
                    answers, fastestAnswerMillis, at);
        }

        GameScoreSubmitted submitted() {
            return new GameScoreSubmitted(STUDENT, game, sessionId, score, durationMillis, moves, lines, level,
                    answers, fastestAnswerMillis, at);
        }

        ScoreAccepted accepted() {
            return new ScoreAccepted(STUDENT, game, sessionId, score, PlausibilityPolicy.V1, at);
        }

        ScoreQuarantined quarantined(List<String> reasons) {
            return new ScoreQuarantined(STUDENT, game, sessionId, score, PlausibilityPolicy.V1, reasons, at);
        }
    }
}
