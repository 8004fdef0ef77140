package uz.daftar.events.olympiad;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * At its final deadline an olympiad's standings were frozen: {@code participants} graded submissions ranked under
 * {@code rankingRule} (score, then earliest submission, then student id) with prizes under {@code prizeRule}. The
 * ranking itself follows in {@code pages} {@link StandingsPageFrozen} events; {@code rankingDigest} is the SHA-256
 * of their entries, one {@code rank|studentId|score|submittedAt|prizeCoins} line each, in rank order. Emitted once.
 */
@Revision("1")
public record StandingsFrozen(String olympiadId,
                              int participants,
                              int pages,
                              String rankingRule,
                              String prizeRule,
                              String rankingDigest,
                              Instant frozenAt) {
}
