package org.parity.report.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** HTML to PDF (A4, page numbers, contents with page numbers, SVG charts) with an embedded DejaVu Sans. */
@Component
public class PdfDocument {

    public byte[] render(String html) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(
                    () -> font("fonts/DejaVuSansCondensed.ttf"),
                    "DejaVu Sans Condensed",
                    400,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> font("fonts/DejaVuSansCondensed-Bold.ttf"),
                    "DejaVu Sans Condensed",
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withW3cDocument(dom, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
