package org.parity.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.parity.report.BoardReport.Trend;
import org.parity.report.BoardReport.TrendSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A chart carries no inline style (the page's CSP refuses them): its look is in presentation attributes. */
class ChartsTest {

    private static final Trend TREND = new Trend(
            "WRES1",
            "BAME representation",
            "PERCENT",
            List.of("2022/23", "2023/24", "2024/25"),
            List.of(
                    new TrendSeries("BAME", "BAME", false, List.of(23.5, 25.0, 28.0), List.of(false, false, false)),
                    new TrendSeries(
                            "benchmark:national",
                            null,
                            true,
                            List.of(24.2, 26.4, 27.0),
                            List.of(false, false, false))));

    @Test
    void noElementKeepsAStyleAttributeAndTheLookMovesToPresentationAttributes() throws Exception {
        String svg = Charts.svg(TREND, "Trend of WRES1 <& \"quoted\">", "Benchmark", 640, 260);

        assertThat(svg).doesNotContain("style=");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Trend of WRES1 <& \"quoted\">");
        assertThat(root.getAttribute("focusable")).isEqualTo("false");

        List<Element> all = elements(doc, "*");
        assertThat(all).noneMatch(e -> e.hasAttribute("style"));
        // the white background and the texts keep their fill, the lines their stroke
        assertThat(elements(doc, "rect")).anyMatch(e -> e.getAttribute("fill").equals("rgb(255,255,255)"));
        List<Element> texts = elements(doc, "text");
        assertThat(texts)
                .isNotEmpty()
                .allMatch(e -> !e.getAttribute("fill").isEmpty()
                        && e.getAttribute("font-size").endsWith("px")
                        && !e.getAttribute("font-family").isEmpty());
        // the first series is NHS blue, the benchmark dashed
        assertThat(all).anyMatch(e -> e.getAttribute("stroke").equals("rgb(0,94,184)"));
        assertThat(all).anyMatch(e -> e.getAttribute("stroke-dasharray").equals("6.0,4.0"));
    }

    @Test
    void aDeclarationWithoutAValueIsDroppedAndAnExistingAttributeTakesTheStylesValue() throws Exception {
        Document doc = parse("<svg xmlns='http://www.w3.org/2000/svg'><rect fill='black' "
                + "style='fill: rgb(1,2,3); stroke:; ; stroke-width : 2 ;bogus'/></svg>");
        Charts.withoutInlineStyles(doc);
        Element rect = elements(doc, "rect").get(0);
        assertThat(rect.hasAttribute("style")).isFalse();
        assertThat(rect.getAttribute("fill")).isEqualTo("rgb(1,2,3)");
        assertThat(rect.getAttribute("stroke-width")).isEqualTo("2");
        assertThat(rect.hasAttribute("stroke")).isFalse();
        assertThat(rect.hasAttribute("bogus")).isFalse();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void aChartIsDrawnOnceForTheSameFiguresAndAgainWhenAFigureChanges() {
        String first = Charts.svg(TREND, "Trend of WRES1", "Benchmark", 640, 260);
        Trend sameFigures = new Trend(
                TREND.code(),
                TREND.title(),
                TREND.unit(),
                new ArrayList<>(TREND.periods()),
                new ArrayList<>(TREND.series()));
        assertThat(Charts.svg(sameFigures, "Trend of WRES1", "Benchmark", 640, 260))
                .as("the same figures, label and size: the chart already drawn")
                .isSameAs(first);

        TrendSeries bame = TREND.series().get(0);
        Trend newFigure = new Trend(
                TREND.code(),
                TREND.title(),
                TREND.unit(),
                TREND.periods(),
                List.of(
                        new TrendSeries(
                                bame.label(), bame.group(), false, List.of(23.5, 25.0, 31.0), bame.suppressed()),
                        TREND.series().get(1)));
        String redrawn = Charts.svg(newFigure, "Trend of WRES1", "Benchmark", 640, 260);
        assertThat(redrawn).isNotSameAs(first).isNotEqualTo(first);
        assertThat(Charts.svg(TREND, "Trend of WRES1", "Benchmark", 720, 300))
                .as("another size is another drawing")
                .isNotEqualTo(first);
    }
}
