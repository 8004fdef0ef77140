package uz.daftar.query.report;

import java.util.List;

import static uz.daftar.query.report.Html.escape;
import static uz.daftar.query.report.ParentReportPage.row;
import static uz.daftar.query.report.ParentReportPage.time;

/** The figure sections of {@link ParentReportPage}: summary, activity, coins, badges and olympiads. */
final class ReportSections {

    private ReportSections() {
    }

    static void summary(StringBuilder page, ParentReport report) {
        ParentReport.Summary summary = report.summary();
        Integer accuracy = summary.accuracyPercent();
        page.append("<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2>"
                        + "<table class=\"summary\" id=\"summary-table\"><tbody>")
                .append(figure("xp-earned", "XP earned in the period", summary.xpEarned()))
                .append(figure("total-xp", "XP in total at the end of the period", summary.totalXp()))
                .append(figure("level", "Level", summary.level()))
                .append(figure("longest-streak", "Longest streak reached in the period (days)",
                        summary.longestStreak()))
                .append(figure("active-days", "Days with practice", summary.activeDays()))
                .append(figure("answers", "Answers", summary.answers()))
                .append(figure("correct-answers", "Correct answers", summary.correctAnswers()))
                .append(figure("accuracy", "Accuracy", accuracy == null ? "no answers" : accuracy + "%"))
                .append(figure("minutes", "Minutes spent answering", summary.minutes()))
                .append(figure("coin-balance", "Coins at the end of the period", summary.coinBalance()))
                .append("</tbody></table></section>");
    }

    private static String figure(String id, String header, Object value) {
        return row(header, "<span id=\"" + id + "\">" + escape(value) + "</span>");
    }

    static void activity(StringBuilder page, ParentReport report) {
        ReportPeriod period = report.period();
        List<ParentReport.Day> days = report.days();
        page.append("<section aria-labelledby=\"activity\"><h2 id=\"activity\">Activity and time</h2>");
        if (days.isEmpty()) {
            page.append("<p class=\"empty\">No activity in this period.</p></section>");
            return;
        }
        page.append("<h3>Answers per day</h3>").append(BarChart.svg("activity-chart", "Answers per day",
                        "Answers on each of the " + days.size() + " days with practice from " + period.from() + " to "
                                + period.to() + "; days without a bar had no practice.", "answers",
                        period.from(), period.to(), days.stream()
                                .map(day -> new BarChart.Bar(day.day(), day.answers())).toList()))
                .append("<h3>Minutes spent answering per day</h3>")
                .append(BarChart.svg("time-chart", "Minutes per day",
                        "Minutes spent answering on each day with practice from " + period.from() + " to "
                                + period.to() + ".", "minutes", period.from(), period.to(), days.stream()
                                .map(day -> new BarChart.Bar(day.day(), day.minutes())).toList()))
                .append("<table id=\"days-table\"><caption class=\"small\">The same days as a table</caption>"
                        + "<thead><tr><th scope=\"col\">Day</th><th scope=\"col\" class=\"num\">Answers</th>"
                        + "<th scope=\"col\" class=\"num\">Correct</th><th scope=\"col\" class=\"num\">Minutes</th>"
                        + "<th scope=\"col\" class=\"num\">XP</th></tr></thead><tbody>");
        for (ParentReport.Day day : days) {
            page.append("<tr><th scope=\"row\">").append(day.day()).append("</th><td class=\"num\">")
                    .append(day.answers()).append("</td><td class=\"num\">").append(day.correctAnswers())
                    .append("</td><td class=\"num\">").append(BarChart.number(day.minutes()))
                    .append("</td><td class=\"num\">").append(day.xp()).append("</td></tr>");
        }
        page.append("</tbody></table></section>");
    }

    static void coins(StringBuilder page, ParentReport report, String zone) {
        ParentReport.Coins coins = report.coins();
        page.append("<section aria-labelledby=\"coins\"><h2 id=\"coins\">Coins</h2><table class=\"summary\"><tbody>")
                .append(figure("coins-opening", "Coins at the start of the period", coins.openingBalance()))
                .append(figure("coins-earned", "Coins that came in", coins.earned()))
                .append(figure("coins-spent", "Coins that went out", coins.spent()))
                .append(figure("coins-closing", "Coins at the end of the period", coins.closingBalance()))
                .append("</tbody></table>");
        if (coins.entries().isEmpty()) {
            page.append("<p class=\"empty\">No coin movements in this period.</p></section>");
            return;
        }
        page.append("<table id=\"ledger-table\"><caption class=\"small\">Every coin movement, in the order the wallet"
                + " recorded it, with where it came from</caption><thead><tr><th scope=\"col\">When</th>"
                + "<th scope=\"col\">Source</th><th scope=\"col\" class=\"num\">Change</th>"
                + "<th scope=\"col\" class=\"num\">Balance</th></tr></thead><tbody>");
        for (ParentReport.CoinEntry entry : coins.entries()) {
            page.append("<tr class=\"ledger-entry\" data-entry=\"").append(escape(entry.entryId())).append("\"><td>")
                    .append(time(entry.occurredAt(), zone)).append("</td><td><span class=\"source\">")
                    .append(escape(entry.source())).append("</span><br/><span class=\"small\">entry ")
                    .append(escape(entry.entryId()));
            if (entry.sourceEventId() != null) {
                page.append(", source event ").append(escape(entry.sourceEventId()));
            }
            page.append("</span></td><td class=\"num delta\">").append(entry.walletDelta() > 0 ? "+" : "")
                    .append(entry.walletDelta()).append("</td><td class=\"num balance\">")
                    .append(entry.balanceAfter() == null ? "" : entry.balanceAfter()).append("</td></tr>");
        }
        page.append("</tbody></table>");
        if (coins.truncated()) {
            page.append("<p class=\"small\">Only the first ").append(coins.entries().size())
                    .append(" movements are listed; the totals above count them all.</p>");
        }
        page.append("</section>");
    }

    static void badgesAndOlympiads(StringBuilder page, ParentReport report, String zone) {
        page.append("<section aria-labelledby=\"badges\"><h2 id=\"badges\">Badges earned</h2>");
        if (report.badges().isEmpty()) {
            page.append("<p class=\"empty\">No new badge in this period.</p>");
        } else {
            page.append("<ul id=\"badge-list\">");
            report.badges().forEach(badge -> page.append("<li class=\"badge\" data-badge=\"")
                    .append(escape(badge.badgeId())).append("\">").append(escape(badge.name())).append(" <span"
                            + " class=\"small\">(").append(time(badge.earnedAt(), zone)).append(", rule ")
                    .append(escape(badge.ruleVersion())).append(")</span></li>"));
            page.append("</ul>");
        }
        page.append("</section><section aria-labelledby=\"olympiads\"><h2 id=\"olympiads\">Olympiads</h2>");
        if (report.olympiads().isEmpty()) {
            page.append("<p class=\"empty\">No olympiad in this period.</p></section>");
            return;
        }
        page.append("<table id=\"olympiad-table\"><thead><tr><th scope=\"col\">Olympiad</th>"
                + "<th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Score</th>"
                + "<th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\" class=\"num\">Prize (coins)</th>"
                + "</tr></thead><tbody>");
        for (ParentReport.Olympiad olympiad : report.olympiads()) {
            page.append("<tr class=\"olympiad\" data-olympiad=\"").append(escape(olympiad.olympiadId()))
                    .append("\"><th scope=\"row\">").append(escape(olympiad.title())).append("</th><td>")
                    .append(ParentReportPage.word(olympiad.status())).append("</td><td class=\"num\">")
                    .append(olympiad.score() == null ? "not graded yet"
                            : olympiad.score() + " of " + olympiad.maxScore()).append("</td><td class=\"num\">")
                    .append(olympiad.rank() == null ? "final standings pending" : olympiad.rank())
                    .append("</td><td class=\"num\">")
                    .append(olympiad.prizeCoins() == null ? "" : olympiad.prizeCoins())
                    .append("</td></tr>");
        }
        page.append("</tbody></table></section>");
    }
}
