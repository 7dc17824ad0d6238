package org.parity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string comes from messages.properties: a template may hold text only as a
 * placeholder that Thymeleaf replaces (th:text, th:utext, th:errors, th:replace...). Text a person
 * would read that is typed straight into a template fails this test, naming the file and the text.
 * Also every message key a template names exists.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Paths.get("src/main/resources/templates");
    static final List<String> REPLACING =
            List.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert", "th:remove");
    static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            NodeTraversor.traverse(
                    new NodeVisitor() {
                        @Override
                        public void head(Node node, int depth) {
                            if (node instanceof TextNode text && readable(text.text()) && !replaced(text)) {
                                problems.add(TEMPLATES.relativize(file) + ": \""
                                        + text.text().strip() + "\"");
                            }
                            if (node instanceof Element e) {
                                for (String attribute : List.of("title", "alt", "aria-label", "placeholder")) {
                                    if (e.hasAttr(attribute) && readable(e.attr(attribute))) {
                                        problems.add(TEMPLATES.relativize(file) + ": " + attribute + "=\""
                                                + e.attr(attribute) + "\"");
                                    }
                                }
                            }
                        }
                    },
                    doc);
        }
        assertThat(problems)
                .as("text typed into templates instead of messages.properties")
                .isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Properties messages = new Properties();
        try (var in =
                Files.newBufferedReader(Paths.get("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> missing = new ArrayList<>();
        for (Path file : templates()) {
            Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but missing from messages.properties")
                .isEmpty();
    }

    @Test
    void noMessageKeyIsDefinedTwice() throws IOException {
        List<String> keys =
                Files.readAllLines(Paths.get("src/main/resources/messages.properties"), StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .toList();
        assertThat(keys)
                .as("message keys defined twice (the later silently wins)")
                .doesNotHaveDuplicates();
    }

    private static boolean readable(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean replaced(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            // a page's <html th:replace="~{layout :: page(title, ~{::section})}"> keeps its section: not a replacement
            if (n instanceof Element e
                    && !e.tagName().equals("html")
                    && REPLACING.stream().anyMatch(e::hasAttr)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
