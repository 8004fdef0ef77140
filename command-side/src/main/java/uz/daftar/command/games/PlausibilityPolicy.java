package uz.daftar.command.games;

import uz.daftar.events.games.GameScoreSubmitted;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a submitted score could have been played by a person, judged from the telemetry the game sent. Pure:
 * the same submission and version always give the same verdict, so a corrected rule can judge stored submissions
 * again. Each broken check is one reason, {@code "<code>: <explanation>"}; a score with no reason is accepted.
 * <p>
 * {@value #V1}, for every game: the duration is positive, the score and every sent count are not negative, and
 * the telemetry the game needs is present (its absence is itself a reason). Per game:
 * <ul>
 *   <li>2048 ({@code moves}): at most {@value #MAX_2048_POINTS_PER_MOVE} points per move. Every move spawns one
 *   tile of 2 (or rarely 4), and a merge scores the value of the tile it makes, so each spawned 2 scores its value
 *   once per merge it goes through: reaching a 2^k tile scores about 2(k-1) per spawned tile. A child's game won at
 *   2048 makes about 19 points per move; 32 per move needs the whole board merged into a 32768 tile, beyond
 *   world-class play.</li>
 *   <li>Tetris ({@code lines}, final {@code level}): at least {@value #MIN_MILLIS_PER_TETRIS_LINE} ms per cleared
 *   line, and at most {@value #MAX_TETRIS_POINTS_PER_LINE} × (level + 1) points per line, four times what a
 *   Tetris (four lines at once) pays per line in classic scoring, which leaves room for drop points, combos and
 *   modern bonuses; no line, no points.</li>
 *   <li>Memory ({@code moves}, a move being one pair of cards turned): at least
 *   {@value #MIN_MILLIS_PER_MEMORY_MOVE} ms per move, the time two cards take to be turned and shown.</li>
 *   <li>Math Monster ({@code answers}, {@code fastestAnswerMillis} when anything was answered): no answer faster
 *   than {@value #MIN_MILLIS_PER_ANSWER} ms, which is below the time to read a sum and tap a reply, and so at
 *   least that much session time per answer.</li>
 * </ul>
 */
public final class PlausibilityPolicy {

    public static final String V1 = "plausibility.v1";
    public static final String CURRENT = V1;

    static final long MAX_2048_POINTS_PER_MOVE = 32;
    static final long MIN_MILLIS_PER_TETRIS_LINE = 250;
    static final long MAX_TETRIS_POINTS_PER_LINE = 1200;
    static final long MIN_MILLIS_PER_MEMORY_MOVE = 1000;
    static final long MIN_MILLIS_PER_ANSWER = 300;

    private PlausibilityPolicy() {
    }

    /** The verdict of the {@link #CURRENT} rule on one submission. */
    public static Verdict judge(GameScoreSubmitted score) {
        List<String> reasons = new ArrayList<>();
        common(score, reasons);
        switch (score.game()) {
            case GAME_2048 -> game2048(score, reasons);
            case TETRIS -> tetris(score, reasons);
            case MEMORY -> memory(score, reasons);
            case MATH_MONSTER -> mathMonster(score, reasons);
        }
        return Verdict.of(reasons, CURRENT);
    }

    private static void common(GameScoreSubmitted score, List<String> reasons) {
        if (score.durationMillis() <= 0) {
            reasons.add("duration-not-positive: the session lasted " + score.durationMillis() + " ms");
        }
        if (score.score() < 0) {
            reasons.add("score-negative: a score of " + score.score() + " cannot be played");
        }
        notNegative("moves", score.moves(), reasons);
        notNegative("lines", score.lines(), reasons);
        notNegative("level", score.level(), reasons);
        notNegative("answers", score.answers(), reasons);
        notNegative("fastest-answer", score.fastestAnswerMillis(), reasons);
    }

    private static void game2048(GameScoreSubmitted score, List<String> reasons) {
        if (required("moves", score.moves(), reasons)
                && score.score() > times(MAX_2048_POINTS_PER_MOVE, score.moves())) {
            reasons.add("score-above-move-bound: " + score.score() + " points in " + score.moves()
                    + " moves; at most " + MAX_2048_POINTS_PER_MOVE + " per move");
        }
    }

    private static void tetris(GameScoreSubmitted score, List<String> reasons) {
        boolean lines = required("lines", score.lines(), reasons);
        boolean level = required("level", score.level(), reasons);
        if (lines && score.durationMillis() < times(MIN_MILLIS_PER_TETRIS_LINE, score.lines())) {
            reasons.add("lines-too-fast: " + score.lines() + " lines in " + score.durationMillis()
                    + " ms; at least " + MIN_MILLIS_PER_TETRIS_LINE + " ms per line");
        }
        if (lines && level) {
            long bound = times(times(MAX_TETRIS_POINTS_PER_LINE, score.lines()), score.level() + 1L);
            if (score.score() > bound) {
                reasons.add("score-above-line-bound: " + score.score() + " points for " + score.lines()
                        + " lines up to level " + score.level() + "; at most " + bound);
            }
        }
    }

    private static void memory(GameScoreSubmitted score, List<String> reasons) {
        if (required("moves", score.moves(), reasons)
                && score.durationMillis() < times(MIN_MILLIS_PER_MEMORY_MOVE, score.moves())) {
            reasons.add("moves-too-fast: " + score.moves() + " moves in " + score.durationMillis()
                    + " ms; at least " + MIN_MILLIS_PER_MEMORY_MOVE + " ms per move");
        }
    }

    private static void mathMonster(GameScoreSubmitted score, List<String> reasons) {
        if (!required("answers", score.answers(), reasons)) {
            return;
        }
        if (score.durationMillis() < times(MIN_MILLIS_PER_ANSWER, score.answers())) {
            reasons.add("answers-too-fast: " + score.answers() + " answers in " + score.durationMillis()
                    + " ms; at least " + MIN_MILLIS_PER_ANSWER + " ms per answer");
        }
        if (score.answers() > 0 && required("fastest-answer", score.fastestAnswerMillis(), reasons)
                && score.fastestAnswerMillis() < MIN_MILLIS_PER_ANSWER) {
            reasons.add("answer-too-fast: the fastest answer took " + score.fastestAnswerMillis()
                    + " ms; a child needs at least " + MIN_MILLIS_PER_ANSWER + " ms to read and answer");
        }
    }

    private static boolean required(String telemetry, Number value, List<String> reasons) {
        if (value == null) {
            reasons.add(telemetry + "-missing: the game sends " + telemetry + " with every score");
            return false;
        }
        return true;
    }

    private static void notNegative(String telemetry, Number value, List<String> reasons) {
        if (value != null && value.longValue() < 0) {
            reasons.add(telemetry + "-negative: " + telemetry + " was " + value);
        }
    }

    /** A product that saturates instead of overflowing, so huge telemetry cannot wrap a bound round. */
    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            return (a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    /** Accepted exactly when no check was broken; {@code reasons} lists the broken ones. */
    public record Verdict(boolean accepted, List<String> reasons, String ruleVersion) {

        public Verdict {
            reasons = List.copyOf(reasons);
            if (accepted != reasons.isEmpty()) {
                throw new IllegalArgumentException("a verdict is accepted exactly when it has no reason");
            }
        }

        static Verdict of(List<String> reasons, String ruleVersion) {
            return new Verdict(reasons.isEmpty(), reasons, ruleVersion);
        }
    }
}
