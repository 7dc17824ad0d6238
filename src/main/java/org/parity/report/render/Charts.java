package org.parity.report.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

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

    /**
     * Charts already drawn, by everything that decides the drawing: a trend's figures change only when
     * figures are imported, so the live report, which shows every indicator's chart on every load,
     * draws each one once instead of on every request (drawing and rewriting a chart costs about a
     * millisecond and a half; a report of every standard has 70). Bounded by size, about 8 MB of text.
     */
    private static final Cache<ChartKey, String> DRAWN = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((ChartKey key, String svg) -> svg.length())
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    private record ChartKey(Trend trend, String label, String benchmarkWord, int width, int height) {}

    private Charts() {}

    /** The trend's chart as an SVG element, at this size, labelled for screen readers. */
    public static String svg(Trend trend, String label, String benchmarkWord, int width, int height) {
        return DRAWN.get(
                new ChartKey(trend, label, benchmarkWord, width, height),
                k -> draw(trend, label, benchmarkWord, width, height));
    }

    private static String draw(Trend trend, String label, String benchmarkWord, int width, int height) {
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
        Document document = parse(svg);
        withoutInlineStyles(document);
        Element root = document.getDocumentElement();
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", label);
        root.setAttribute("focusable", "false");
        return write(document);
    }

    /**
     * Every style attribute becomes SVG presentation attributes: style="fill: red; stroke-width: 2"
     * becomes fill="red" stroke-width="2". The SVG is read and written as XML (JFreeSVG quotes its
     * attributes with apostrophes), so no inline style is left for the Content-Security-Policy to refuse,
     * and the PDF renderer reads the same attributes.
     */
    static void withoutInlineStyles(Document document) {
        NodeList styled = document.getElementsByTagName("*");
        for (int i = 0; i < styled.getLength(); i++) {
            Element element = (Element) styled.item(i);
            if (!element.hasAttribute("style")) {
                continue;
            }
            for (String declaration : element.getAttribute("style").split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    String property = declaration.substring(0, colon).strip();
                    String value = declaration.substring(colon + 1).strip();
                    if (property.matches("[a-z-]+") && !value.isEmpty()) {
                        element.setAttribute(property, value);
                    }
                }
            }
            element.removeAttribute("style");
        }
    }

    /**
     * One parser and one writer per thread, configured once: making the JDK's factories for every chart
     * cost more than drawing it (a live report of every standard draws 70 charts).
     */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private static final ThreadLocal<Transformer> WRITERS = ThreadLocal.withInitial(() -> {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            return transformer;
        } catch (javax.xml.transform.TransformerConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private static Document parse(String svg) {
        DocumentBuilder parser = PARSERS.get();
        try {
            return parser.parse(new InputSource(new StringReader(svg)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the chart is not well-formed SVG", e);
        } finally {
            parser.reset();
        }
    }

    private static String write(Document document) {
        try {
            StringWriter out = new StringWriter();
            WRITERS.get().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the chart could not be written as SVG", e);
        }
    }
}
