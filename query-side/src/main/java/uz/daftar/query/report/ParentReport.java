package uz.daftar.query.report;

import uz.daftar.platform.trust.ChainAnchor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a parent report shows, for one child and one period of the child's calendar: assembled from the read
 * models (never recomputed), rendered once as HTML ({@link ParentReportPage}) and the PDF made from that HTML.
 * {@code childName} is null once the child's personal data has been erased. {@code narrative} is the generated note
 * for exactly this child and period, when one was asked for (null otherwise).
 */
public record ParentReport(String studentId,
                           String childName,
                           String timeZone,
                           ReportPeriod period,
                           Summary summary,
                           List<Day> days,
                           List<Skill> skills,
                           Coins coins,
                           List<Badge> badges,
                           List<Olympiad> olympiads,
                           Verification verification,
                           Narrative narrative) {

    /**
     * The period in numbers: XP, answers, correct answers and whole minutes answering in the period (daily activity);
     * total XP and level at its end, the longest streak reached in it (timeline); coin balance at its end (ledger).
     */
    public record Summary(long xpEarned, long totalXp, int level, long answers, long correctAnswers, long minutes,
                          int activeDays, int longestStreak, long coinBalance) {

        /** Correct answers in percent of answers, rounded down; null without answers. */
        public Integer accuracyPercent() {
            return answers == 0 ? null : (int) (correctAnswers * 100 / answers);
        }
    }

    /** One day with activity, in the child's calendar: answers, correct answers, time answering, XP. */
    public record Day(LocalDate day, long answers, long correctAnswers, long timeSpentMillis, long xp) {

        public double minutes() {
            return timeSpentMillis / 60_000.0;
        }
    }

    /**
     * A skill practised in the period: the level before its first answer in the period ({@code from}, null when first
     * practised then) and after its last ({@code to}).
     */
    public record Skill(String skill, String from, String to) {
    }

    /** The coin statement: balances before and after the period, what came in and went out, and every entry. */
    public record Coins(long openingBalance, long closingBalance, long earned, long spent, List<CoinEntry> entries,
                        boolean truncated) {
    }

    /**
     * One ledger entry with its source in words; {@code walletDelta} what it did to the wallet, {@code balanceAfter}
     * the wallet balance after it (null when the wallet was untouched).
     */
    public record CoinEntry(String entryId, Instant occurredAt, String kind, long walletDelta, Long balanceAfter,
                            String source, String sourceEventId, String ruleVersion) {
    }

    public record Badge(String badgeId, String name, Instant earnedAt, String ruleVersion) {
    }

    /** A participation in an olympiad that ran in the period; rank and prize once the standings are frozen. */
    public record Olympiad(String olympiadId, String title, String status, Integer score, Integer maxScore,
                           Integer rank, Long prizeCoins) {
    }

    /**
     * The tamper evidence that anchors the report: the child's chain as it stood at the end of the period (null when
     * it has no link yet, or the deployment keeps no chains: {@code available} false).
     */
    public record Verification(boolean available, ChainAnchor anchor) {
    }

    /**
     * The generated narrative of the period, as recorded: {@code generated} false while it is being written (then
     * only the artefact id is set); else its paragraphs and highlights, the model, the prompt version and when.
     */
    public record Narrative(String artefactId, boolean generated, String model, String promptVersion,
                            Instant generatedAt, List<String> paragraphs, List<String> highlights) {
    }
}
