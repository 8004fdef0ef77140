package uz.daftar.query.olympiad;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An olympiad as anyone may see it: titles by language, subject, age band, schedule, entry fee, how many questions
 * and points (never the questions or their keys), prizes by rank band and status ({@code DRAFT}, {@code PUBLISHED},
 * {@code CANCELLED}, {@code FROZEN}). {@code frozen} summarises the final standings once frozen, else null.
 */
public record OlympiadView(String olympiadId,
                           Map<String, String> titles,
                           String subject,
                           int minAge,
                           int maxAge,
                           Schedule schedule,
                           long entryFee,
                           int questionCount,
                           int maxScore,
                           List<Prize> prizes,
                           String status,
                           Instant createdAt,
                           Instant publishedAt,
                           Instant cancelledAt,
                           String cancelReason,
                           FrozenStandings frozen) {

    /** Registration and start windows (start included, end excluded), each participant's time, the final deadline. */
    public record Schedule(Instant registrationOpens, Instant registrationCloses, Instant startOpens,
                           Instant startCloses, long durationSeconds, Instant finalDeadline) {
    }

    /** Every participant ranked {@code fromRank} to {@code toRank} wins {@code coins}. */
    public record Prize(int fromRank, int toRank, long coins) {
    }

    /** The final standings: how many were ranked, under which rules, their SHA-256 digest and when. */
    public record FrozenStandings(int participants, String rankingRule, String prizeRule, String rankingDigest,
                                  Instant frozenAt) {
    }
}
