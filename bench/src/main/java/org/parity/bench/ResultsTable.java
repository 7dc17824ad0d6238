package org.parity.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Gatling run and the server's SQL counters and prints the table
 * {@code page | p50 | p95 | p99 (ms) | throughput (req/s) | errors | SQL statements per page},
 * also appending it as Markdown to a results file.
 *
 * <p>Gatling 3.15 writes a binary {@code simulation.log} (an internal format) and no longer a
 * {@code js/stats.json}; the statistics it computed are in the run's {@code index.html} table, one
 * row per request name, with headed columns. This reads that table by its column headings.
 *
 * <pre>java -cp ... org.parity.bench.ResultsTable --run DIR --title TEXT [--sql FILE] [--markdown FILE]
 *     [--seconds LOAD_SECONDS] [--expect NAMES_FILE]</pre>
 * With {@code --seconds} the throughput is requests per second of load; with {@code --expect} (the
 * request names the simulation reports, one a line) a request that never completed gets a row too.
 * The SQL file is the JSON of {@code GET /api/admin/diagnostics/sql}
 * ({@code [{"route":"GET /my/actions","requests":123,"statements":4567}]}); absent or unreadable, the
 * column says n/a.
 */
public final class ResultsTable {

    static final Pattern HEADER = Pattern.compile("<th[^>]*id=\"(col-\\d+)\"[^>]*>(.*?)</th>", Pattern.DOTALL);
    static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ (col-\\d+)\">([^<]*)</td>");
    static final Pattern TAG = Pattern.compile("<[^>]+>");
    static final Pattern PARENT = Pattern.compile("^[^>]*data-parent=\"([^\"]*)\"");

    /** One request name's figures as Gatling computed them. */
    record Row(String name, long total, long ko, double perSecond, long p50, long p95, long p99) {
    }

    /** What the server counted for one route. */
    record Sql(long requests, long statements) {
        double perRequest() {
            return requests == 0 ? 0 : (double) statements / requests;
        }
    }

    public static void main(String[] args) throws IOException {
        Path run = null;
        Path sql = null;
        Path markdown = null;
        String title = "results";
        Path expect = null;
        double seconds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--run" -> run = Path.of(args[++i]);
                case "--sql" -> sql = Path.of(args[++i]);
                case "--markdown" -> markdown = Path.of(args[++i]);
                case "--title" -> title = args[++i];
                case "--expect" -> expect = Path.of(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (run == null) {
            throw new IllegalArgumentException("usage: --run GATLING_RUN_DIR --title TEXT [--sql FILE] [--markdown FILE]");
        }
        List<Row> rows = read(run.resolve("index.html"));
        if (seconds > 0) {
            rows = perSecond(rows, seconds);
        }
        if (expect != null && Files.exists(expect)) {
            rows = withMissing(rows, Files.readAllLines(expect, StandardCharsets.UTF_8));
        }
        Map<String, Sql> counters = sql == null ? null : sql(sql);
        System.out.println();
        System.out.println(title);
        System.out.print(text(rows, counters));
        if (markdown != null) {
            Files.writeString(markdown, "\n### " + title + "\n\n" + markdown(rows, counters),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** The rows of the statistics table of a Gatling report, the global row first. */
    static List<Row> read(Path index) throws IOException {
        String html = Files.readString(index, StandardCharsets.UTF_8);
        int table = html.indexOf("id=\"container_statistics_head\"");
        if (table < 0) {
            table = html.indexOf("<th");
        }
        Map<String, String> columns = new HashMap<>();   // heading -> col-N
        Matcher h = HEADER.matcher(html);
        while (h.find()) {
            columns.putIfAbsent(clean(h.group(2)), h.group(1));
        }
        for (String needed : List.of("Total", "KO", "Cnt/s", "50th pct", "95th pct", "99th pct")) {
            if (!columns.containsKey(needed)) {
                throw new IllegalStateException("the Gatling report " + index + " has no column '" + needed
                        + "' (found " + columns.keySet() + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        String[] parts = html.substring(table).split("<tr");
        for (String part : parts) {
            Matcher cells = CELL.matcher(part);
            Map<String, String> values = new HashMap<>();
            while (cells.find()) {
                values.putIfAbsent(cells.group(1), cells.group(2).strip());
            }
            if (!values.containsKey(columns.get("Total"))) {
                continue;
            }
            Matcher n = NAME.matcher(part);
            String name = n.find() ? clean(n.group(1)) : "All requests";
            Matcher parent = PARENT.matcher(part);
            if (parent.find() && !parent.group(1).equals("ROOT")) {
                name = "  \u2514 " + name;   // a request inside a group (Gatling's group() of several requests)
            }
            rows.add(new Row(name, number(values.get(columns.get("Total"))), number(values.get(columns.get("KO"))),
                    decimal(values.get(columns.get("Cnt/s"))), number(values.get(columns.get("50th pct"))),
                    number(values.get(columns.get("95th pct"))), number(values.get(columns.get("99th pct")))));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no statistics rows in " + index);
        }
        return rows;
    }

    /**
     * Throughput as requests per second of load: Gatling's own count per second spans the whole run,
     * including the wait for the last requests after the load has stopped.
     */
    static List<Row> perSecond(List<Row> rows, double seconds) {
        return rows.stream().map(r -> new Row(r.name(), r.total(), r.ko(), r.total() / seconds, r.p50(), r.p95(),
                r.p99())).toList();
    }

    /** Adds a row for every reported request that never completed (every user was stuck before it). */
    static List<Row> withMissing(List<Row> rows, List<String> expected) {
        List<Row> all = new ArrayList<>(rows);
        java.util.Set<String> seen = new java.util.HashSet<>();
        rows.forEach(r -> seen.add(r.name().startsWith("  ") ? r.name().substring(4) : r.name()));
        for (String name : expected) {
            if (!name.isBlank() && !seen.contains(name)) {
                all.add(new Row(name, 0, 0, 0, -1, -1, -1));
            }
        }
        return all;
    }

    /** The server's counters by route, or null when the endpoint did not answer with them. */
    static Map<String, Sql> sql(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (root == null || !root.isArray()) {
                return null;
            }
            Map<String, Sql> byRoute = new LinkedHashMap<>();
            for (JsonNode r : root) {
                byRoute.put(r.path("route").asText(), new Sql(r.path("requests").asLong(), r.path("statements").asLong()));
            }
            return byRoute;
        } catch (IOException e) {
            return null;
        }
    }

    /** The server route a request name is counted under: the search with words is GET /actions. */
    static String route(String name) {
        name = name.startsWith("  ") ? name.substring(4) : name;
        int query = name.indexOf('?');
        return query < 0 ? name : name.substring(0, query);
    }

    static String sqlCell(Row row, Map<String, Sql> counters) {
        if (counters == null) {
            return "n/a";
        }
        Sql s = counters.get(route(row.name()));
        return s == null ? "-" : String.format(Locale.ROOT, "%.1f", s.perRequest());
    }

    static List<String[]> cells(List<Row> rows, Map<String, Sql> counters) {
        List<String[]> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.p50() < 0) {
                out.add(new String[] {r.name(), "-", "-", "-", "0", "never completed", sqlCell(r, counters), "0"});
                continue;
            }
            String errors = r.ko() == 0 ? "0" : String.format(Locale.ROOT, "%d (%.1f%%)", r.ko(),
                    100.0 * r.ko() / Math.max(1, r.total()));
            out.add(new String[] {r.name(), String.valueOf(r.p50()), String.valueOf(r.p95()), String.valueOf(r.p99()),
                    String.format(Locale.ROOT, "%.2f", r.perSecond()), errors,
                    r.name().equalsIgnoreCase("All requests") ? "" : sqlCell(r, counters), String.valueOf(r.total())});
        }
        return out;
    }

    static final String[] HEADINGS = {"page", "p50", "p95", "p99 (ms)", "throughput (req/s)", "errors",
            "SQL statements per page", "requests"};

    static String text(List<Row> rows, Map<String, Sql> counters) {
        List<String[]> all = new ArrayList<>();
        all.add(HEADINGS);
        all.addAll(cells(rows, counters));
        int[] width = new int[HEADINGS.length];
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int line = 0; line < all.size(); line++) {
            String[] r = all.get(line);
            for (int i = 0; i < r.length; i++) {
                String cell = i == 0 ? String.format("%-" + width[i] + "s", r[i]) : String.format("%" + width[i] + "s", r[i]);
                b.append(i == 0 ? "" : " | ").append(cell);
            }
            b.append('\n');
            if (line == 0) {
                for (int i = 0; i < width.length; i++) {
                    b.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    static String markdown(List<Row> rows, Map<String, Sql> counters) {
        StringBuilder b = new StringBuilder("| " + String.join(" | ", HEADINGS) + " |\n|---|");
        b.append("---:|".repeat(HEADINGS.length - 1)).append('\n');
        for (String[] r : cells(rows, counters)) {
            r[0] = r[0].startsWith("  ") ? "&nbsp;&nbsp;\u2514 `" + r[0].substring(4) + "`" : "`" + r[0] + "`";
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return b.toString();
    }

    private static String clean(String html) {
        return TAG.matcher(html).replaceAll("").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").strip();
    }

    private static long number(String s) {
        if (s == null || s.isBlank() || s.equals("-")) {
            return 0;
        }
        return Math.round(Double.parseDouble(s.replace(",", "")));
    }

    private static double decimal(String s) {
        if (s == null || s.isBlank() || s.equals("-")) {
            return 0;
        }
        return Double.parseDouble(s.replace(",", ""));
    }
}
