package uz.daftar.command.olympiad;

import uz.daftar.events.olympiad.PrizeBand;
import uz.daftar.events.olympiad.RankedEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * How final standings are ranked and prizes given.
 * <p>
 * {@value #RANKING_V1}: higher score first, then the earlier submission, then the smaller student id, so every
 * participant has a rank of their own and the same submissions always rank the same.
 * {@value #PRIZES_V1}: a participant wins the coins of the prize band their rank falls in, nothing outside them.
 */
public final class StandingsRule {

    public static final String RANKING_V1 = "standings.v1";
    public static final String PRIZES_V1 = "olympiad-prizes.v1";
    public static final int PAGE_SIZE = 1000;

    static final Comparator<Graded> ORDER = Comparator.comparingInt(Graded::score).reversed()
            .thenComparing(Graded::submittedAt)
            .thenComparing(Graded::studentId);

    private StandingsRule() {
    }

    public static List<RankedEntry> rank(Collection<Graded> graded, List<PrizeBand> prizes) {
        List<Graded> ordered = graded.stream().sorted(ORDER).toList();
        List<RankedEntry> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Graded entry = ordered.get(i);
            ranked.add(new RankedEntry(i + 1, entry.studentId(), entry.score(), entry.submittedAt(),
                    prize(i + 1, prizes)));
        }
        return ranked;
    }

    static long prize(int rank, List<PrizeBand> prizes) {
        return prizes.stream().filter(band -> band.fromRank() <= rank && rank <= band.toRank())
                .mapToLong(PrizeBand::coins).findFirst().orElse(0);
    }

    /** The ranking in pages of at most {@value #PAGE_SIZE} consecutive ranks. */
    public static List<List<RankedEntry>> pages(List<RankedEntry> ranked) {
        List<List<RankedEntry>> pages = new ArrayList<>();
        for (int from = 0; from < ranked.size(); from += PAGE_SIZE) {
            pages.add(List.copyOf(ranked.subList(from, Math.min(ranked.size(), from + PAGE_SIZE))));
        }
        return pages;
    }

    /** SHA-256 over one {@code rank|studentId|score|submittedAt|prizeCoins} line per entry, in rank order. */
    public static String digest(List<RankedEntry> ranked) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RankedEntry entry : ranked) {
                sha.update((entry.rank() + "|" + entry.studentId() + "|" + entry.score() + "|" + entry.submittedAt()
                        + "|" + entry.prizeCoins() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A graded submission as the freeze ranks it. */
    public record Graded(String studentId, int score, Instant submittedAt) {
    }
}
