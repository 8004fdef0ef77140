package uz.daftar.query.report;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ParentReportPageTest {

    @Test
    void aNameWithMarkupIsShownAsTextNeverAsMarkup() {
        String html = ParentReportPage.html(Reports.busy("<script>alert(\"x\")</script> & Co"));

        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
        assertThat(html).contains("Spent on a sticker &amp; &lt;pen&gt;").contains("reading.&lt;b&gt;");
    }

    @Test
    void thePageIsWellFormedXhtmlSoThePdfPrinterCanReadIt() {
        for (ParentReport report : List.of(Reports.busy("A<b>&\"'"), Reports.empty("Oʻgʻil"))) {
            byte[] html = ParentReportPage.html(report).getBytes(StandardCharsets.UTF_8);

            assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html))).doesNotThrowAnyException();
        }
    }

    @Test
    void anErasedChildIsCalledByAPlaceholder() {
        assertThat(ParentReportPage.html(Reports.busy(null)))
                .contains("<span id=\"child-name\">" + ParentReportPage.ERASED_NAME + "</span>");
    }

    @Test
    void anEmptyPeriodSaysSoKindlyWithoutChartsOrRows() {
        String html = ParentReportPage.html(Reports.empty("Aziza"));

        assertThat(html).contains("No practice was recorded for Aziza in this period")
                .contains("No activity in this period.").contains("No coin movements in this period.")
                .contains("No skill was practised in this period.").contains("<span id=\"accuracy\">no answers</span>")
                .doesNotContain("<rect class=\"bar\"").doesNotContain("class=\"ledger-entry\"");
    }

    @Test
    void aBusyPeriodShowsEachFigureEntryAndTheChainHash() {
        String html = ParentReportPage.html(Reports.busy("Aziza"));

        assertThat(html).contains("<span id=\"answers\">12</span>").contains("<span id=\"accuracy\">75%</span>")
                .contains("<span id=\"coin-balance\">7</span>").contains("data-entry=\"award-1\"")
                .contains("rule coins.practice-answer.v1").contains("source event event-1")
                .contains("<span class=\"hash\" id=\"chain-hash\">" + Reports.CHAIN_HASH + "</span>")
                .contains("number <span id=\"checkpoint-number\">7</span>")
                .contains("/api/v1/students/s-1/verification");
        assertThat(html.split("<rect class=\"bar\"", -1)).hasSize(1 + 2 * 2);
        assertThat(html.split("class=\"mastery-bar\"", -1)).hasSize(1 + 2);
    }

    @Test
    void theTallestBarFillsThePlotAndTheOthersScaleWithIt() {
        assertThat(BarChart.barHeight(8, 8)).isEqualTo(BarChart.PLOT_BOTTOM - BarChart.PLOT_TOP);
        assertThat(BarChart.barHeight(2, 8)).isEqualTo((BarChart.PLOT_BOTTOM - BarChart.PLOT_TOP) / 4.0);
        assertThat(BarChart.barHeight(0, 0)).isZero();

        String svg = BarChart.svg("c", "Answers per day", "desc", "answers", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), List.of(new BarChart.Bar(LocalDate.of(2026, 11, 1), 4),
                        new BarChart.Bar(LocalDate.of(2026, 11, 30), 8)));
        assertThat(svg).contains("<title id=\"c-title\">Answers per day</title>")
                .contains("data-day=\"2026-11-01\" x=\"43\"").contains("data-day=\"2026-11-30\" x=\"623\"")
                .contains("y=\"78\" width=").contains("y=\"16\" width=")
                .contains("text-anchor=\"end\" font-size=\"10\" fill=\"#333\">8</text>");
    }

    @Test
    void aGeneratedNarrativeIsShownAsTextAndLabelledWithModelPromptAndDate() {
        String html = ParentReportPage.html(Reports.busy("Aziza"));

        assertThat(html).contains("<p>A steady month of practice &amp; &lt;care&gt;.</p>")
                .contains("<li>12 answers</li>")
                .contains("Generated text, written by the model gpt-4o-mini-2024-07-18 with prompt parent-narrative.v1"
                        + " on 2026-11-10 13:10");
    }

    @Test
    void aNarrativeBeingWrittenSaysSoAndNoneAskedForShowsNothing() {
        ParentReport busy = Reports.busy("Aziza");
        ParentReport pending = new ParentReport(busy.studentId(), busy.childName(), busy.timeZone(), busy.period(),
                busy.summary(), busy.days(), busy.skills(), busy.coins(), busy.badges(), busy.olympiads(),
                busy.verification(), new ParentReport.Narrative("narrative-2", false, null, "parent-narrative.v1",
                null, List.of(), List.of()));

        assertThat(ParentReportPage.html(pending)).contains("A note on this period is being written.")
                .doesNotContain("Generated text");
        assertThat(ParentReportPage.html(Reports.empty("Aziza"))).doesNotContain("A note on this period");
    }
}
