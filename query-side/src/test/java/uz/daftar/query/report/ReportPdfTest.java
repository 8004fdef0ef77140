package uz.daftar.query.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPdfTest {

    @Test
    void thePdfIsTheSamePageWithUzbekAndRussianNamesReadableInIt() throws IOException {
        byte[] pdf = ReportPdf.render(ParentReportPage.html(Reports.busy("Oʻgʻil Ўзбек Русский")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(text).contains("Oʻgʻil Ўзбек Русский").contains("Summary")
                    .contains("Mastery by skill")
                    .contains("Spent on a sticker & <pen>").contains(Reports.CHAIN_HASH)
                    .contains("Matematika");
        }
    }
}
