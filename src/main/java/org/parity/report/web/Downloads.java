package org.parity.report.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parity.report.ReportDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A rendered report as an HTTP response. HTML opens in the browser with a Content-Security-Policy
 * allowing only its own inline stylesheet (by hash) and nothing else; the other formats download.
 */
final class Downloads {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private Downloads() {}

    static ResponseEntity<byte[]> of(ReportDocument document) {
        boolean html = document.mediaType().startsWith("text/html");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(document.mediaType()));
        headers.setContentDisposition((html ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(document.filename())
                .build());
        headers.set("X-Content-SHA256", document.sha256());
        if (html) {
            headers.set(
                    "Content-Security-Policy",
                    "default-src 'none'; img-src data:; style-src "
                            + styleHash(new String(document.bytes(), StandardCharsets.UTF_8))
                            + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        }
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(document.bytes());
    }

    static String styleHash(String html) {
        Matcher m = STYLE.matcher(html);
        if (!m.find()) {
            return "'none'";
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
