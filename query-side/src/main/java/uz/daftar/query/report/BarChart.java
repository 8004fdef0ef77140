package uz.daftar.query.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * An accessible inline SVG bar chart of one value per day over a period: one bar per active day, placed at its day,
 * heights scaled so the largest value fills the plot; a titled, described image with the scale's top as a label.
 */
final class BarChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 160;
    static final int PLOT_TOP = 16;
    static final int PLOT_BOTTOM = 140;
    static final int PLOT_LEFT = 40;

    /** One bar: its day and value. */
    record Bar(LocalDate day, double value) {
    }

    private BarChart() {
    }

    /** The height in pixels of a bar of {@code value} when the largest bar is {@code max}. */
    static double barHeight(double value, double max) {
        return max <= 0 ? 0 : value / max * (PLOT_BOTTOM - PLOT_TOP);
    }

    static String svg(String id, String title, String description, String unit, LocalDate first, LocalDate last,
                      List<Bar> bars) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        double slot = (double) (WIDTH - PLOT_LEFT) / days;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>")
                .append(line(PLOT_LEFT, PLOT_BOTTOM, WIDTH, PLOT_BOTTOM))
                .append(line(PLOT_LEFT, PLOT_TOP, PLOT_LEFT, PLOT_BOTTOM))
                .append(label(PLOT_LEFT - 4, PLOT_TOP + 4, "end", number(max)))
                .append(label(PLOT_LEFT - 4, PLOT_BOTTOM, "end", "0"))
                .append(label(PLOT_LEFT, HEIGHT - 4, "start", first.toString()))
                .append(label(WIDTH, HEIGHT - 4, "end", last.toString()));
        for (Bar bar : bars) {
            double height = barHeight(bar.value(), max);
            double x = PLOT_LEFT + ChronoUnit.DAYS.between(first, bar.day()) * slot + slot * 0.15;
            svg.append("<rect class=\"bar\" data-day=\"").append(bar.day()).append("\" x=\"").append(number(x))
                    .append("\" y=\"").append(number(PLOT_BOTTOM - height)).append("\" width=\"")
                    .append(number(Math.max(slot * 0.7, 1))).append("\" height=\"").append(number(height))
                    .append("\" fill=\"#2f7d5b\"><title>").append(bar.day()).append(": ").append(number(bar.value()))
                    .append(' ').append(Html.escape(unit)).append("</title></rect>");
        }
        return svg.append("</svg>").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2
                + "\" stroke=\"#666\" stroke-width=\"1\"/>";
    }

    private static String label(int x, int y, String anchor, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor
                + "\" font-size=\"10\" fill=\"#333\">" + Html.escape(text) + "</text>";
    }

    /** Up to one decimal, without a trailing ".0". */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
