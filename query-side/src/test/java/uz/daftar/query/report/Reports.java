package uz.daftar.query.report;

import uz.daftar.platform.trust.ChainAnchor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Parent reports for the rendering tests. */
final class Reports {

    static final ReportPeriod NOVEMBER = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    static final String CHAIN_HASH = "ab".repeat(32);

    private Reports() {
    }

    static ParentReport empty(String name) {
        return new ParentReport("s-1", name, "Asia/Tashkent", NOVEMBER,
                new ParentReport.Summary(0, 0, 1, 0, 0, 0, 0, 0, 0), List.of(), List.of(),
                new ParentReport.Coins(0, 0, 0, 0, List.of(), false), List.of(), List.of(),
                new ParentReport.Verification(true, null), null);
    }

    static ParentReport busy(String name) {
        Instant at = Instant.parse("2026-11-10T08:00:00Z");
        return new ParentReport("s-1", name, "Asia/Tashkent", NOVEMBER,
                new ParentReport.Summary(30, 130, 2, 12, 9, 3, 2, 2, 7),
                List.of(new ParentReport.Day(LocalDate.of(2026, 11, 10), 4, 3, 60_000, 10),
                        new ParentReport.Day(LocalDate.of(2026, 11, 11), 8, 6, 120_000, 20)),
                List.of(new ParentReport.Skill("math.add-10", null, "FAMILIAR"),
                        new ParentReport.Skill("reading.<b>", "FAMILIAR", "MASTERED")),
                new ParentReport.Coins(2, 7, 8, 3, List.of(
                        new ParentReport.CoinEntry("award-1", at, "AWARD", 1, 3L,
                                "Earned for a practice answer (PracticeAnswerRecorded, rule coins.practice-answer.v1)",
                                "event-1", "coins.practice-answer.v1"),
                        new ParentReport.CoinEntry("spend-1", at.plusSeconds(60), "SPEND", -3, 0L,
                                "Spent on a sticker & <pen>", null, null)), false),
                List.of(new ParentReport.Badge("first-answer", "First answer", at, "badges.v1")),
                List.of(new ParentReport.Olympiad("olymp-1", "Matematika", "SUBMITTED", 4, 5, 1, 50L)),
                new ParentReport.Verification(true, new ChainAnchor("s-1", 12, "event-12", 340, CHAIN_HASH,
                        at.plusSeconds(120), 330L, new ChainAnchor.SignedCheckpoint(7, 350, 360, "cd".repeat(32),
                        "c2lnbmF0dXJl"), "a2V5", "ef".repeat(32))),
                new ParentReport.Narrative("narrative-1", true, "gpt-4o-mini-2024-07-18", "parent-narrative.v1",
                        at.plusSeconds(600), List.of("A steady month of practice & <care>."),
                        List.of("12 answers")));
    }
}
