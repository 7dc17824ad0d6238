package org.parity.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.parity.report.BoardReport.Trend;
import org.parity.report.BoardReport.TrendSeries;

/**
 * A trend chart per indicator, drawn by JFreeChart as SVG: one line per group, benchmarks dashed.
 * Inline styles become presentation attributes so that the page's Content-Security-Policy (no inline
 * styles) and PDF rendering both show the same chart.
 */
public final class Charts {

    private static final Color[] COLOURS = {
        new Color(0x00, 0x5e, 0xb8),
        new Color(0xd5, 0x28, 0x1b),
        new Color(0x00, 0x7f, 0x3b),
        new Color(0x33, 0x0d, 0x69),
        new Color(0xed, 0x8b, 0x00)
    };
    private static final Color[] BENCHMARKS = {new Color(0x4c, 0x62, 0x72), new Color(0x8a, 0x6d, 0x00)};
    private static final Pattern STYLE = Pattern.compile(" style=\"([^\"]*)\"");

    private Charts() {}

    public static String svg(Trend trend, String label, String benchmarkWord, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<TrendSeries> series = trend.series();
        for (TrendSeries s : series) {
            String name = s.benchmark()
                    ? benchmarkWord + " (" + s.label().substring("benchmark:".length()) + ")"
                    : s.label() == null ? trend.code() : s.label();
            for (int i = 0; i < trend.periods().size(); i++) {
                data.addValue(s.values().get(i), name, trend.periods().get(i));
            }
        }
        CategoryAxis periods = new CategoryAxis();
        periods.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (trend.periods().size() > 6) {
            periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis();
        values.setAutoRangeIncludesZero(false);
        values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        int benchmarks = 0;
        for (int i = 0; i < series.size(); i++) {
            TrendSeries s = series.get(i);
            lines.setSeriesPaint(
                    i, s.benchmark() ? BENCHMARKS[benchmarks++ % BENCHMARKS.length] : COLOURS[i % COLOURS.length]);
            lines.setSeriesStroke(
                    i,
                    s.benchmark()
                            ? new BasicStroke(
                                    2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(2.5f));
        }
        CategoryPlot plot = new CategoryPlot(data, periods, values, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd8, 0xdd, 0xe0));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 12), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.setAntiAlias(true);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(null, true, null, null, null);
        return accessible(withoutInlineStyles(svg), label);
    }

    /** style="a: b; c: d" becomes a="b" c="d" (SVG presentation attributes). */
    static String withoutInlineStyles(String svg) {
        Matcher m = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder attrs = new StringBuilder();
            for (String decl : m.group(1).split(";")) {
                int colon = decl.indexOf(':');
                if (colon > 0) {
                    attrs.append(' ')
                            .append(decl.substring(0, colon).strip())
                            .append("=\"")
                            .append(decl.substring(colon + 1).strip())
                            .append('"');
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(attrs.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String accessible(String svg, String label) {
        String escaped = label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + escaped + "\" focusable=\"false\" ");
    }
}
