package uz.daftar.query.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints the report's HTML ({@link ParentReportPage}) as a PDF: the same page, not a second layout. DejaVu fonts,
 * embedded, cover Uzbek Latin (with ʻ), Uzbek Cyrillic and Russian.
 */
public final class ReportPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] SANS = font("DejaVuSans.ttf");
    private static final byte[] SANS_BOLD = font("DejaVuSans-Bold.ttf");
    private static final byte[] MONO = font("DejaVuSansMono.ttf");

    private ReportPdf() {
    }

    public static byte[] render(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> new ByteArrayInputStream(SANS), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(SANS_BOLD), "DejaVu Sans", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(MONO), "DejaVu Sans Mono", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report did not print", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is not on the class path "
                        + "(net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
