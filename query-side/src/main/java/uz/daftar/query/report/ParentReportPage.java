package uz.daftar.query.report;

import uz.daftar.platform.trust.ChainAnchor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static uz.daftar.query.report.Html.escape;

/**
 * The one template of the parent report: a self-contained XHTML page (inline CSS, inline SVG charts, no external
 * resources) that a browser shows and {@link ReportPdf} prints. Written for parents: what the child did, in
 * encouraging words, never next to other children.
 */
public final class ParentReportPage {

    /** What the report calls a child whose personal data has been erased. */
    static final String ERASED_NAME = "Your child";
    private static final List<String> LEVELS = List.of("ATTEMPTED", "FAMILIAR", "PROFICIENT", "MASTERED");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1d2b24; margin: 0 auto;
                   max-width: 190mm; line-height: 1.35; }
            h1 { font-size: 18pt; margin: 0 0 2mm 0; color: #1f5c43; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; color: #1f5c43; border-bottom: 1px solid #b9d3c6;
                 page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 3mm 0 0 0; page-break-after: avoid; }
            p.lead { font-size: 11pt; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { text-align: left; padding: 1.2mm 2mm; border-bottom: 1px solid #dde8e2; vertical-align: top; }
            th { background: #eef5f1; }
            td.num, th.num { text-align: right; }
            table.summary th { width: 55%; background: transparent; font-weight: normal; }
            table.summary td { font-weight: bold; }
            .small { font-size: 8pt; color: #4a5a52; }
            .hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; word-wrap: break-word; }
            table.verification th { width: 24%; }
            svg.chart { display: block; margin: 2mm 0; }
            .empty { color: #4a5a52; font-style: italic; }
            """;

    private ParentReportPage() {
    }

    /** The child's name as the report shows it. */
    static String nameOf(ParentReport report) {
        return report.childName() == null || report.childName().isBlank() ? ERASED_NAME : report.childName();
    }

    public static String html(ParentReport report) {
        String name = nameOf(report);
        ReportPeriod period = report.period();
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"/><title>").append(escape("Learning report: " + name + ", "
                        + period.from() + " to " + period.to())).append("</title><style>").append(CSS)
                .append("</style></head><body><main>")
                .append("<h1>Learning report for <span id=\"child-name\">").append(escape(name)).append("</span></h1>")
                .append("<p class=\"small\">").append(period.from()).append(" to ").append(period.to())
                .append(" (").append(period.days()).append(" days, ").append(escape(report.timeZone()))
                .append(" time) &#183; Daftar keeps every step of learning once, so each number below can be traced"
                        + " back and checked.</p>")
                .append("<p class=\"lead\">").append(escape(encouragement(name, report.summary()))).append("</p>");
        narrative(page, report);
        ReportSections.summary(page, report);
        ReportSections.activity(page, report);
        skills(page, report.skills());
        ReportSections.coins(page, report, report.timeZone());
        ReportSections.badgesAndOlympiads(page, report, report.timeZone());
        verification(page, report);
        return page.append("</main></body></html>").toString();
    }

    /** The generated note, labelled as generated, or that it is being written; nothing when none was asked for. */
    private static void narrative(StringBuilder page, ParentReport report) {
        ParentReport.Narrative narrative = report.narrative();
        if (narrative == null) {
            return;
        }
        page.append("<section aria-labelledby=\"narrative\" id=\"narrative-section\" data-artefact=\"")
                .append(escape(narrative.artefactId())).append("\"><h2 id=\"narrative\">A note on this period</h2>");
        if (!narrative.generated()) {
            page.append("<p class=\"empty\" id=\"narrative-pending\">A note on this period is being written.</p>"
                    + "</section>");
            return;
        }
        page.append("<div id=\"narrative-text\">");
        narrative.paragraphs().forEach(paragraph -> page.append("<p>").append(escape(paragraph)).append("</p>"));
        page.append("</div>");
        if (!narrative.highlights().isEmpty()) {
            page.append("<ul id=\"narrative-highlights\">");
            narrative.highlights().forEach(highlight -> page.append("<li>").append(escape(highlight)).append("</li>"));
            page.append("</ul>");
        }
        page.append("<p class=\"small\" id=\"narrative-label\">Generated text, written by the model ")
                .append(escape(narrative.model())).append(" with prompt ").append(escape(narrative.promptVersion()))
                .append(" on ").append(time(narrative.generatedAt(), report.timeZone()))
                .append(" from this report's figures only; it may word things imperfectly, the figures below are"
                        + " the record.</p></section>");
    }

    static String encouragement(String name, ParentReport.Summary summary) {
        if (summary.answers() == 0 && summary.xpEarned() == 0) {
            return "No practice was recorded for " + name + " in this period. A few minutes together on any day is a"
                    + " great way to start again.";
        }
        return name + " practised on " + summary.activeDays() + (summary.activeDays() == 1 ? " day" : " days")
                + " and answered " + summary.answers() + (summary.answers() == 1 ? " question" : " questions")
                + ", earning " + summary.xpEarned() + " XP. Well done, and keep going!";
    }

    static String time(Instant instant, String zone) {
        return TIME.format(instant.atZone(ZoneId.of(zone)));
    }

    private static void skills(StringBuilder page, List<ParentReport.Skill> skills) {
        page.append("<section aria-labelledby=\"mastery\"><h2 id=\"mastery\">Mastery by skill</h2>");
        if (skills.isEmpty()) {
            page.append("<p class=\"empty\">No skill was practised in this period.</p></section>");
            return;
        }
        page.append("<p class=\"small\">Levels go from attempted to familiar, proficient and mastered (rule"
                + " mastery.v1). The bar shows the level at the end of the period.</p><table id=\"mastery-table\">"
                + "<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\">Level before</th>"
                + "<th scope=\"col\">Level at the end</th><th scope=\"col\">Progress</th></tr></thead><tbody>");
        for (ParentReport.Skill skill : skills) {
            int level = LEVELS.indexOf(skill.to()) + 1;
            page.append("<tr class=\"skill\" data-skill=\"").append(escape(skill.skill()))
                    .append("\"><th scope=\"row\">").append(escape(skill.skill())).append("</th><td>")
                    .append(skill.from() == null ? "new this period" : word(skill.from()))
                    .append("</td><td class=\"level\">")
                    .append(word(skill.to())).append("</td><td><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                            + " width=\"120\" height=\"12\" viewBox=\"0 0 120 12\"><title>")
                    .append(escape(word(skill.to()) + ": level " + level + " of 4")).append("</title>")
                    .append("<rect x=\"0\" y=\"1\" width=\"120\" height=\"10\" fill=\"#e3ece7\"/>")
                    .append("<rect class=\"mastery-bar\" x=\"0\" y=\"1\" width=\"").append(level * 30)
                    .append("\" height=\"10\" fill=\"#2f7d5b\"/></svg></td></tr>");
        }
        page.append("</tbody></table></section>");
    }

    static String word(String level) {
        return escape(level.toLowerCase(Locale.ROOT));
    }

    private static void verification(StringBuilder page, ParentReport report) {
        page.append("<section aria-labelledby=\"verification\"><h2 id=\"verification\">Verification</h2>");
        ParentReport.Verification verification = report.verification();
        if (!verification.available()) {
            page.append("<p class=\"empty\">This deployment keeps no tamper-evidence chains.</p></section>");
            return;
        }
        ChainAnchor anchor = verification.anchor();
        if (anchor == null) {
            page.append("<p class=\"empty\">Nothing about this child had been recorded by the end of the period.</p>"
                    + "</section>");
            return;
        }
        page.append("<p>Every event about ").append(escape(nameOf(report))).append(" is linked into a hash chain;"
                        + " the value below stands for the whole history up to the end of this period. Changing,"
                        + " removing or reordering any earlier event would change it.</p>"
                        + "<table id=\"verification-table\" class=\"summary verification\"><tbody>")
                .append(row("Chain hash at the end of the period", "<span class=\"hash\" id=\"chain-hash\">"
                        + escape(anchor.chainHash()) + "</span>"))
                .append(row("Link", "number " + anchor.position() + " of the child's chain, event "
                        + "<span class=\"hash\">" + escape(anchor.eventId()) + "</span>, recorded "
                        + time(anchor.recordedAt(), report.timeZone())));
        ChainAnchor.SignedCheckpoint checkpoint = anchor.checkpoint();
        if (checkpoint == null) {
            page.append(row("Signed checkpoint", "not taken yet: the next checkpoint will cover this link"));
        } else {
            page.append(row("Signed checkpoint", "number <span id=\"checkpoint-number\">" + checkpoint.number()
                            + "</span>, store chain position " + checkpoint.position() + " (this link is at "
                            + anchor.storePosition() + ")"))
                    .append(row("Checkpoint chain hash", "<span class=\"hash\">" + escape(checkpoint.chainHash())
                            + "</span>"))
                    .append(row("Checkpoint signature (Ed25519)", "<span class=\"hash\">"
                            + escape(checkpoint.signature()) + "</span>"));
        }
        page.append(row("Verify key fingerprint (SHA-256)", "<span class=\"hash\" id=\"key-fingerprint\">"
                        + escape(anchor.verifyKeyFingerprint()) + "</span>"))
                .append(row("Verify key", "<span class=\"hash\">" + escape(anchor.verifyKey()) + "</span>"))
                .append("</tbody></table><p class=\"small\">How to verify: ask Daftar for <span class=\"hash\">"
                        + "GET /api/v1/students/").append(escape(report.studentId()))
                .append("/verification</span>, which recomputes the chain from the stored events and checks the signed checkpoints; or run the"
                        + " command-line verifier described in Daftar's README (\"Verify the event store against"
                        + " tampering\") with the verify key above. An intact history contains this chain hash at link "
                        + anchor.position() + ".</p></section>");
    }

    static String row(String header, String cellHtml) {
        return "<tr><th scope=\"row\">" + escape(header) + "</th><td>" + cellHtml + "</td></tr>";
    }
}
