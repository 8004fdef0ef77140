package uz.daftar.command.games;

import uz.daftar.command.CommandRejected;
import uz.daftar.events.games.Game;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Deque;

/**
 * How often a student may submit scores of one game, against farming. Counted in server time, over the scores
 * recorded (accepted or quarantined alike; a rejected submission is not recorded and does not count):
 * <ul>
 *   <li>at most {@value #MAX_SCORED_PER_WINDOW} scores in any {@link #WINDOW} ({@code rate-limited});</li>
 *   <li>at least {@link #SAME_SCORE_GAP} between two scores of the same value ({@code duplicate-too-soon}).</li>
 * </ul>
 * Both answer 429. Only the latest {@value #MAX_SCORED_PER_WINDOW} scores are needed to decide: an older score
 * within the window means the latest ones fill it already, and an older score of the same value within the gap
 * means the latest ones all fall within the gap, and so within the window.
 */
public final class RateCaps {

    public static final int MAX_SCORED_PER_WINDOW = 20;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    public static final Duration SAME_SCORE_GAP = Duration.ofSeconds(5);

    private RateCaps() {
    }

    /** Rejects a score of {@code score} at {@code at} when it would break a cap, given the latest scores. */
    static void check(Game game, Collection<Submission> latest, long score, Instant at) {
        Instant windowStart = at.minus(WINDOW);
        long inWindow = latest.stream().filter(earlier -> earlier.at().isAfter(windowStart)).count();
        if (inWindow >= MAX_SCORED_PER_WINDOW) {
            Instant retryAt = latest.stream().map(Submission::at).filter(time -> time.isAfter(windowStart))
                    .min(Instant::compareTo).orElseThrow().plus(WINDOW);
            throw new CommandRejected(429, "rate-limited", "At most " + MAX_SCORED_PER_WINDOW + " scores of "
                    + game + " in " + WINDOW.toMinutes() + " minutes; the next one is welcome from " + retryAt + ".");
        }
        Instant gapStart = at.minus(SAME_SCORE_GAP);
        if (latest.stream().anyMatch(earlier -> earlier.score() == score && earlier.at().isAfter(gapStart))) {
            throw new CommandRejected(429, "duplicate-too-soon", "A score of " + score + " in " + game
                    + " was submitted less than " + SAME_SCORE_GAP.toSeconds() + " seconds ago.");
        }
    }

    /** Keeps {@code submission} among the latest scores, forgetting what the caps no longer need. */
    static void remember(Deque<Submission> latest, Submission submission) {
        latest.addLast(submission);
        while (latest.size() > MAX_SCORED_PER_WINDOW) {
            latest.removeFirst();
        }
    }

    /** One recorded score, as far as the caps care. */
    record Submission(long score, Instant at) {
    }
}
