package uz.daftar.projections.olympiad;

import uz.daftar.events.olympiad.OlympiadSchedule;
import uz.daftar.events.olympiad.PrizeBand;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An olympiad as stored: what its creation said (never its questions or answer keys, only how many there are and
 * the points they are worth together), its status ({@code DRAFT}, {@code PUBLISHED}, {@code CANCELLED},
 * {@code FROZEN}) and, once frozen, the summary of its final standings.
 */
public record OlympiadRow(String olympiadId,
                          Map<String, String> titles,
                          String subject,
                          int minAge,
                          int maxAge,
                          OlympiadSchedule schedule,
                          long entryFee,
                          int questionCount,
                          int maxScore,
                          List<PrizeBand> prizes,
                          String status,
                          Instant createdAt,
                          Instant publishedAt,
                          Instant cancelledAt,
                          String cancelReason,
                          Frozen frozen) {

    /**
     * The summary of the frozen standings. {@code complete} once every ranked entry of them has arrived; until then
     * standings are read live.
     */
    public record Frozen(int participants, String rankingRule, String prizeRule, String rankingDigest,
                         Instant frozenAt, boolean complete) {
    }
}
