package org.parity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The hostile requests of {@link HostileInputTest}, generated: for every API route and every form, each
 * field of an otherwise valid body is replaced in turn by each value of a catalogue of bad values (wrong
 * types, NaN/Infinity/hex/locale numbers, huge and empty strings, control characters, unicode tricks,
 * formula injection), then broken and truncated JSON/CSV/XLSX, wrong content types, ids that are not
 * numbers or belong to another trust, and path tricks. Each probe says what a correct answer looks like.
 */
final class HostileProbes {

    /**
     * What a correct answer is: 4xx with problem details (API), the form again with its error (page), or,
     * for a search whose words are merely strange, any answer but a 5xx (problem details if refused).
     */
    enum Surface {
        API,
        PAGE,
        QUERY
    }

    /**
     * One hostile request. {@code field}: the field whose error must be named (API: errors[].field; page:
     * the error summary links to it), or null when the request as a whole is wrong.
     */
    record Probe(String name, MockHttpServletRequestBuilder request, Surface surface, String field) {}

    /** The ids the probes aim at, all in KMPT: the EDI team of King's asks for them too (another trust's). */
    record Targets(
            long plan, long theme, long action, long milestone, String leadTask, String reviewTask, long leadUser) {}

    static final String HUGE = "A".repeat(100_000);

    /** Bad values for a text field holding a code (indicator, group, source, standard, ...), as JSON. */
    static final List<String> BAD_CODES = List.of(
            "\"NOPE\"",
            "\"=cmd|' /C calc'!A0\"",
            "\"../../etc/passwd\"",
            "\"\\u0000\"",
            "\"\\u202eEVIL\"",
            json(HUGE),
            "true",
            "[]",
            "{}",
            "\"<script>alert(1)</script>\"",
            "\"WRES1' OR '1'='1\"",
            "\"%\"",
            "\"_\"",
            "\"\\ud83d\\ude00\"",
            "\"\\u0007bell\"",
            "\"+SUM(A1:A9)\"");

    /** Bad values for a number (a figure, a count, a percentage), as JSON. */
    static final List<String> BAD_NUMBERS = List.of(
            "\"NaN\"",
            "\"Infinity\"",
            "\"-Infinity\"",
            "\"0x1A\"",
            "\"1,5\"",
            "\"1.5d\"",
            "\"\\u0661\\u0662\"",
            "\" \"",
            "true",
            "[]",
            "{}",
            "\"1e400\"",
            "1e400",
            "-1e400",
            "\"--1\"",
            "\"1 000\"",
            "\"\\u0000\"",
            json(HUGE),
            "\"=1+1\"");

    /** Bad values for a free text field (a comment, a note, a narrative), as JSON. */
    static final List<String> BAD_TEXT =
            List.of("\"\\u0000\"", "\"line\\u0000break\"", json(HUGE), "[]", "{}", "\"\\u001b[31mred\"");

    /** Bodies that are not JSON at all, or not the JSON asked for. */
    static final List<String> BROKEN_JSON = List.of(
            "",
            "{",
            "[",
            "}",
            "nul",
            "[{",
            "{\"a\":",
            "\"just a string\"",
            "123",
            "true",
            "[null]",
            "[[]]",
            "{\"rag\":\"GREEN\",",
            "[".repeat(5_000),
            "\ufeff{",
            "{\"a\":1}garbage",
            "{'single':'quotes'}",
            "{\"a\":NaN}",
            "\u0000");

    /** Content types the JSON and CSV routes do not take. */
    static final List<String> WRONG_TYPES = List.of(
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "application/json;charset=klingon",
            "garbage",
            "image/png");

    private final Map<String, Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder>> as =
            new LinkedHashMap<>();
    private final Targets t;
    private final List<Probe> probes = new ArrayList<>();

    HostileProbes(UserDetailsService users, Targets targets) {
        for (String who : List.of("edi@kmpt", "lead@kmpt", "sponsor@kmpt", "admin", "edi@kings")) {
            var details = users.loadUserByUsername(who);
            as.put(who, r -> r.with(user(details)).with(csrf()));
        }
        this.t = targets;
    }

    List<Probe> all() {
        figures();
        figureRanges();
        genderPay();
        reportsAndSearches();
        tasks();
        smallApis();
        brokenBodiesAndTypes();
        idsAndPaths();
        editorForms();
        taskAndAdminForms();
        uploads();
        return probes;
    }

    // ---- the figures API: JSON and CSV, field by field -------------------------------------------------------

    private void figures() {
        String url = "/api/organisations/kmpt/measurements";
        Map<String, String> row = params(
                "indicator",
                "\"WRES5\"",
                "period",
                "\"2061\"",
                "group",
                "\"BAME\"",
                "value",
                "12.5",
                "source",
                "\"STAFF_SURVEY\"");
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("indicator", BAD_CODES);
        bad.put("group", BAD_CODES);
        bad.put("source", BAD_CODES);
        bad.put(
                "period",
                concat(
                        BAD_CODES,
                        List.of("\"2061-13\"", "\"20611\"", "\"-2061\"", "\"0\"", "\"2061/2059\"", "2061.5")));
        bad.put("value", BAD_NUMBERS);
        bad.put("breakdown", BAD_TEXT);
        bad.put("note", BAD_TEXT);
        bad.put("document", BAD_TEXT);
        bad.forEach((field, values) -> values.forEach(v -> {
            Map<String, String> r = new LinkedHashMap<>(row);
            r.put(field, v);
            api(
                    "figures JSON " + field + "=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post(url).contentType(MediaType.APPLICATION_JSON).content("[" + object(r) + "]")),
                    field);
        }));
        // computed indicator WRES2 from counts: counts are whole, not negative, appointed never more than shortlisted
        Map<String, String> counts = params(
                "white_shortlisted", "100", "white_appointed", "20", "bame_shortlisted", "50", "bame_appointed", "5");
        for (String input : counts.keySet()) {
            for (String v : List.of("1.5", "-1", "\"NaN\"", "\"x\"", "1e400", "null", "\"\"", "true", "[]")) {
                Map<String, String> c = new LinkedHashMap<>(counts);
                c.put(input, v);
                api(
                        "figures WRES2 inputs " + input + "=" + v,
                        as(
                                "edi@kmpt",
                                post(url)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "[{\"indicator\":\"WRES2\",\"period\":\"2061\",\"group\":\"BAME\",\"source\":\"ESR\","
                                                        + "\"inputs\":" + object(c) + "}]")),
                        "inputs");
            }
        }
        Map<String, String> more = new LinkedHashMap<>(counts);
        more.put("white_appointed", "101");
        api(
                "figures WRES2 more appointed than shortlisted",
                as(
                        "edi@kmpt",
                        post(url)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"indicator\":\"WRES2\",\"period\":\"2061\",\"group\":\"BAME\",\"source\":\"ESR\",\"inputs\":"
                                                + object(more) + "}]")),
                "inputs");
        Map<String, String> unknown = new LinkedHashMap<>(counts);
        unknown.put("wizards_appointed", "3");
        api(
                "figures WRES2 unknown input",
                as(
                        "edi@kmpt",
                        post(url)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"indicator\":\"WRES2\",\"period\":\"2061\",\"group\":\"BAME\",\"source\":\"ESR\",\"inputs\":"
                                                + object(unknown) + "}]")),
                "inputs");
        // the same catalogue as CSV cells
        List<String> header = List.of("indicator", "period", "group", "value", "source");
        List<String> good = List.of("WRES5", "2061", "BAME", "12.5", "STAFF_SURVEY");
        for (int i = 0; i < header.size(); i++) {
            List<String> values = header.get(i).equals("value") ? BAD_NUMBERS : BAD_CODES;
            for (String v : values) {
                String cell = csvCell(v);
                List<String> cells = new ArrayList<>(good);
                cells.set(i, cell);
                api(
                        "figures CSV " + header.get(i) + "=" + shorten(v),
                        as(
                                "edi@kmpt",
                                post(url)
                                        .contentType("text/csv")
                                        .content(String.join(",", header) + "\n" + String.join(",", cells) + "\n")),
                        header.get(i));
            }
        }
        String head = String.join(",", header) + "\n";
        for (String csv : List.of(
                "",
                "\n",
                "indicator,period\nWRES5,2061\n",
                "value,source\n",
                head,
                head + "WRES5,2061,BAME,\"12.5,STAFF_SURVEY\n",
                head + "WRES5,2061,BAME,12.5,STAFF_SURVEY,extra,cells\n",
                head + "WRES5,2061,BAME\n",
                "\ufeff" + head.replace("indicator", "indic\u0000ator") + "WRES5,2061,BAME,1,ESR\n",
                "indicator;period;group;value;source\nWRES5;2061;BAME;12,5;ESR\n",
                head + "\u0000\u0000\u0000\n")) {
            api(
                    "figures broken CSV " + shorten(csv),
                    as("edi@kmpt", post(url).contentType("text/csv").content(csv)),
                    null);
        }
        api(
                "figures CSV of invalid UTF-8",
                as(
                        "edi@kmpt",
                        post(url)
                                .contentType("text/csv")
                                .content(concat(
                                        head.getBytes(StandardCharsets.UTF_8),
                                        new byte[] {(byte) 0xC3, (byte) 0x28, ',', '1', '\n'}))),
                null);
    }

    /** Values of the right type but impossible for the indicator's unit. */
    private void figureRanges() {
        String url = "/api/organisations/kmpt/measurements";
        Map<String, List<String>> impossible = new LinkedHashMap<>();
        impossible.put("WRES5", List.of("-1", "100.5", "1000", "-0.001")); // a percentage of staff
        impossible.put("WRES7", List.of("-5", "101")); // a percentage of staff
        impossible.put("WRES2", List.of("-1", "-0.5")); // a relative likelihood
        impossible.put("WRES9", List.of("150", "-100.5")); // percentage points, board minus workforce
        impossible.forEach((indicator, values) -> values.forEach(v -> api(
                "figures " + indicator + " value " + v,
                as(
                        "edi@kmpt",
                        post(url)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("[{\"indicator\":\"" + indicator
                                        + "\",\"period\":\"2061\",\"group\":\"BAME\",\"value\":" + v
                                        + ",\"source\":\"ESR\"}]")),
                "value")));
    }

    /** The report's query and the searches: strange words are answered, never a 5xx. */
    private void reportsAndSearches() {
        for (String v : BAD_CODES) {
            String text = unescapeJson(v);
            api(
                    "report standard=" + shorten(v),
                    as("edi@kmpt", get("/api/organisations/kmpt/report").param("standard", text)),
                    null);
            api(
                    "report period=" + shorten(v),
                    as(
                            "edi@kmpt",
                            get("/api/organisations/kmpt/report")
                                    .param("standard", "WRES")
                                    .param("period", text)),
                    null);
            api(
                    "report format=" + shorten(v),
                    as(
                            "edi@kmpt",
                            get("/api/organisations/kmpt/report")
                                    .param("standard", "WRES")
                                    .param("format", text)),
                    null);
            query(
                    "API search q=" + shorten(v),
                    as("lead@kmpt", get("/api/actions").param("q", text)));
            query(
                    "API search org=" + shorten(v),
                    as("lead@kmpt", get("/api/actions").param("org", text)));
            query(
                    "find actions q=" + shorten(v),
                    as("lead@kmpt", get("/actions").param("q", text)));
            query(
                    "find actions rag=" + shorten(v),
                    as("lead@kmpt", get("/actions").param("rag", text)));
            query(
                    "find actions status=" + shorten(v),
                    as("lead@kmpt", get("/actions").param("status", text)));
            query(
                    "find actions page=" + shorten(v),
                    as("lead@kmpt", get("/actions").param("page", text)));
            query(
                    "my actions page=" + shorten(v),
                    as("lead@kmpt", get("/my/actions").param("page", text)));
        }
    }

    // ---- gender pay from pay records (CSV) ----------------------------------------------------------------------

    private void genderPay() {
        String url = "/api/organisations/kmpt/gender-pay/2061";
        String head = "sex,hourly_pay,bonus_pay\n";
        String rest = "M,11,0\nF,12,0\nM,13,0\n";
        for (String sex : List.of("X", "", "\u0000", "Female", "=1+1", HUGE)) {
            api(
                    "gender pay sex=" + shorten(sex),
                    as(
                            "edi@kmpt",
                            post(url).contentType("text/csv").content(head + csvCell(json(sex)) + ",10,0\n" + rest)),
                    "sex");
        }
        for (String column : List.of("hourly_pay", "bonus_pay")) {
            for (String v : List.of("NaN", "Infinity", "-1", "0x1A", "1,5", "1e400", "abc", "\u0000", "1.5d", "=1+1")) {
                String line = column.equals("hourly_pay")
                        ? "F," + csvCell(json(v)) + ",0\n"
                        : "F,10," + csvCell(json(v)) + "\n";
                api(
                        "gender pay " + column + "=" + shorten(v),
                        as("edi@kmpt", post(url).contentType("text/csv").content(head + line + rest)),
                        column);
            }
        }
        for (String csv : List.of(
                "",
                head,
                "sex,pay\nF,1\n",
                "sex;hourly_pay;bonus_pay\nF;10;0\n",
                head + "F,10\n",
                head + "F,10,0,9\n")) {
            api(
                    "gender pay broken CSV " + shorten(csv),
                    as("edi@kmpt", post(url).contentType("text/csv").content(csv)),
                    null);
        }
        for (String period : List.of("2061x", "0", "99999", "-1", "..", "2061-13", "%00")) {
            api(
                    "gender pay period " + period,
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/gender-pay/" + period)
                                    .contentType("text/csv")
                                    .content(head + "F,10,0\n" + rest)),
                    null);
        }
    }

    // ---- completing tasks through the API ------------------------------------------------------------------------

    private void tasks() {
        Map<String, String> update = params(
                "rag",
                "\"GREEN\"",
                "percentComplete",
                "40",
                "narrative",
                "\"Half way\"",
                "evidenceUrl",
                "\"https://intranet.example/evidence\"",
                "proposeCompletion",
                "false");
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("rag", concat(BAD_CODES, List.of("\"PURPLE\"", "\"green \"", "1")));
        bad.put("percentComplete", concat(BAD_NUMBERS, List.of("101", "-1", "1.5", "2147483648")));
        bad.put("narrative", BAD_TEXT);
        bad.put(
                "evidenceUrl",
                List.of(
                        "\"javascript:alert(1)\"",
                        "\"file:/etc/passwd\"",
                        "\"ftp://x\"",
                        "\"not a url\"",
                        "\"http://\"",
                        json("https://x.example/" + HUGE),
                        "\"\\u0000\"",
                        "[]",
                        "\"data:text/html,<b>\""));
        bad.put("proposeCompletion", List.of("\"yes\"", "2", "[]", "{}", "\"\\u0000\""));
        bad.forEach((field, values) -> values.forEach(v -> {
            Map<String, String> body = new LinkedHashMap<>(update);
            body.put(field, v);
            api(
                    "task update " + field + "=" + shorten(v),
                    as(
                            "lead@kmpt",
                            post("/api/tasks/" + t.leadTask())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(object(body))),
                    field);
        }));
        for (String v : concat(BAD_CODES, List.of("\"MAYBE\"", "\"approve\""))) {
            api(
                    "task review decision=" + shorten(v),
                    as(
                            "sponsor@kmpt",
                            post("/api/tasks/" + t.reviewTask())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"decision\":" + v + ",\"comment\":\"ok\"}")),
                    "decision");
        }
        for (String v : BAD_TEXT) {
            api(
                    "task review comment=" + shorten(v),
                    as(
                            "sponsor@kmpt",
                            post("/api/tasks/" + t.reviewTask())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"decision\":\"RETURN\",\"comment\":" + v + "}")),
                    "comment");
        }
        api(
                "task review returned without a comment",
                as(
                        "sponsor@kmpt",
                        post("/api/tasks/" + t.reviewTask())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"decision\":\"RETURN\"}")),
                "comment");
    }

    // ---- tokens, withdrawal, reporting cycles, issued reports ------------------------------------------------------

    private void smallApis() {
        for (String v : concat(BAD_TEXT, List.of("\"\"", "\"  \"", "null"))) {
            api(
                    "token name=" + shorten(v),
                    as(
                            "lead@kmpt",
                            post("/api/me/tokens")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"name\":" + v + ",\"expiresInDays\":30}")),
                    "name");
        }
        for (String v : concat(BAD_NUMBERS, List.of("0", "-1", "1.5", "367", "100000", "2147483648"))) {
            api(
                    "token expiresInDays=" + shorten(v),
                    as(
                            "lead@kmpt",
                            post("/api/me/tokens")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"name\":\"bi\",\"expiresInDays\":" + v + "}")),
                    "expiresInDays");
        }
        for (String id : List.of("abc", "-1", "1e3", "99999999999999999999", "%00", "999999")) {
            api("token revoke " + id, as("lead@kmpt", delete("/api/me/tokens/" + id)), null);
        }
        for (String v : concat(BAD_TEXT, List.of("\"\"", "\"   \"", "null"))) {
            api(
                    "withdrawal reason=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/api/actions/" + t.action() + "/withdrawal")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"reason\":" + v + "}")),
                    "reason");
        }
        for (String v : concat(BAD_CODES, List.of("\"XYZ\"", "\"\"", "null"))) {
            api(
                    "reporting cycle standard=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/reporting-cycles")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"standard\":" + v + ",\"year\":2061}")),
                    "standard");
        }
        for (String v : concat(BAD_NUMBERS, List.of("-1", "1.5", "99999", "0", "\"2061x\"", "2147483648"))) {
            api(
                    "reporting cycle year=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/reporting-cycles")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"standard\":\"WRES\",\"year\":" + v + "}")),
                    "year");
        }
        for (String v : concat(BAD_CODES, List.of("\"XYZ\""))) {
            api(
                    "issue report standard=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/reports")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"standard\":" + v + "}")),
                    "standard");
        }
        for (String v : List.of("\"2061-02-30\"", "\"tomorrow\"", "\"31/03/2061\"", "123", "[]", "\"\\u0000\"")) {
            api(
                    "issue report asOf=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/reports")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"standard\":\"WRES\",\"asOf\":" + v + "}")),
                    "asOf");
        }
        for (String v : List.of("\"abc\"", "-1", "1.5", "99999999", "[]")) {
            api(
                    "issue report plan=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/reports")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"standard\":\"WRES\",\"plan\":" + v + "}")),
                    "plan");
        }
    }

    // ---- broken bodies and wrong content types on every JSON/CSV route ---------------------------------------------

    private void brokenBodiesAndTypes() {
        Map<String, MockHttpServletRequestBuilder> routes = new LinkedHashMap<>();
        for (String body : BROKEN_JSON) {
            routes.clear();
            routes.put("figures", as("edi@kmpt", post("/api/organisations/kmpt/measurements")));
            routes.put("task", as("lead@kmpt", post("/api/tasks/" + t.leadTask())));
            routes.put("token", as("lead@kmpt", post("/api/me/tokens")));
            routes.put("withdrawal", as("edi@kmpt", post("/api/actions/" + t.action() + "/withdrawal")));
            routes.put("reporting cycle", as("edi@kmpt", post("/api/organisations/kmpt/reporting-cycles")));
            if (!body.isEmpty()) { // no body at all means "every standard, latest figures, today" (API.md)
                routes.put("issue report", as("edi@kmpt", post("/api/organisations/kmpt/reports")));
            }
            routes.forEach((route, request) -> api(
                    route + " body " + shorten(body),
                    request.contentType(MediaType.APPLICATION_JSON).content(body),
                    null));
        }
        for (String type : WRONG_TYPES) {
            String figures =
                    "[{\"indicator\":\"WRES5\",\"period\":\"2061\",\"group\":\"BAME\",\"value\":1,\"source\":\"ESR\"}]";
            api(
                    "figures as " + type,
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/measurements")
                                    .header("Content-Type", type)
                                    .content(figures)),
                    null);
            api(
                    "gender pay as " + type,
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/gender-pay/2061")
                                    .header("Content-Type", type)
                                    .content("sex,hourly_pay,bonus_pay\nF,1,0\n")),
                    null);
            api(
                    "task as " + type,
                    as(
                            "lead@kmpt",
                            post("/api/tasks/" + t.leadTask())
                                    .header("Content-Type", type)
                                    .content("{\"rag\":\"GREEN\",\"percentComplete\":1,\"narrative\":\"x\"}")),
                    null);
            api(
                    "token as " + type,
                    as(
                            "lead@kmpt",
                            post("/api/me/tokens")
                                    .header("Content-Type", type)
                                    .content("{\"name\":\"x\",\"expiresInDays\":3}")),
                    null);
            api(
                    "withdrawal as " + type,
                    as(
                            "edi@kmpt",
                            post("/api/actions/" + t.action() + "/withdrawal")
                                    .header("Content-Type", type)
                                    .content("{\"reason\":\"x\"}")),
                    null);
            api(
                    "reporting cycle as " + type,
                    as(
                            "edi@kmpt",
                            post("/api/organisations/kmpt/reporting-cycles")
                                    .header("Content-Type", type)
                                    .content("{\"standard\":\"WRES\",\"year\":2061}")),
                    null);
        }
        api(
                "figures without a content type",
                as("edi@kmpt", post("/api/organisations/kmpt/measurements").content("[]")),
                null);
        api(
                "figures of 21 MB",
                as(
                        "edi@kmpt",
                        post("/api/organisations/kmpt/measurements")
                                .contentType("text/csv")
                                .content("indicator,period,group,value,source\n"
                                        + "WRES5,2061,BAME,1,ESR\n".repeat(1_000_000))),
                null);
    }

    // ---- ids that are not numbers, belong to another trust, or try the path ---------------------------------------

    private void idsAndPaths() {
        for (String id : List.of("abc", "-1", "0", "1e3", "99999999999999999999", "%2e%2e", "1;drop", "1%00")) {
            api("GET action " + id, as("edi@kmpt", get("/api/actions/" + id)), null);
            api("GET plan " + id, as("edi@kmpt", get("/api/plans/" + id)), null);
            api("GET report " + id, as("edi@kmpt", get("/api/reports/" + id)), null);
            api(
                    "POST task " + id,
                    as(
                            "lead@kmpt",
                            post("/api/tasks/" + id)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"comment\":\"x\"}")),
                    null);
            api(
                    "POST withdrawal " + id,
                    as(
                            "edi@kmpt",
                            post("/api/actions/" + id + "/withdrawal")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"reason\":\"x\"}")),
                    null);
            page("GET action page " + id, as("edi@kmpt", get("/actions/" + id)), null);
            page("GET plan page " + id, as("edi@kmpt", get("/plans/" + id)), null);
        }
        // calendar subscription addresses that are not one: a bare 404, never a 5xx
        for (String secret :
                List.of("abc", "%2e%2e", "a".repeat(43), "\u0000".repeat(43), "x".repeat(5000), "1;drop")) {
            query("calendar address " + shorten(secret), get("/calendar/" + secret + ".ics"));
        }
        // KMPT's records, asked for by another trust's EDI team
        api(
                "another trust's task",
                as(
                        "edi@kings",
                        post("/api/tasks/" + t.leadTask())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"rag\":\"GREEN\",\"percentComplete\":1,\"narrative\":\"x\"}")),
                null);
        api(
                "another trust's withdrawal",
                as(
                        "edi@kings",
                        post("/api/actions/" + t.action() + "/withdrawal")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"reason\":\"mine now\"}")),
                null);
        api(
                "another trust's figures",
                as(
                        "edi@kings",
                        post("/api/organisations/kmpt/measurements")
                                .contentType("text/csv")
                                .content("indicator,period,group,value,source\nWRES5,2061,BAME,1,ESR\n")),
                null);
        api(
                "another trust's gender pay",
                as(
                        "edi@kings",
                        post("/api/organisations/kmpt/gender-pay/2061")
                                .contentType("text/csv")
                                .content("sex,hourly_pay,bonus_pay\nF,1,0\nM,2,0\n")),
                null);
        api(
                "another trust's reporting cycle",
                as(
                        "edi@kings",
                        post("/api/organisations/kmpt/reporting-cycles")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"standard\":\"WRES\",\"year\":2061}")),
                null);
        page(
                "another trust's plan edit",
                as(
                        "edi@kings",
                        post("/plans/" + t.plan() + "/edit")
                                .param("title", "Mine")
                                .param("period", "2061")
                                .param("version", "0")),
                null);
        page(
                "another trust's milestone delete",
                as("edi@kings", post("/milestones/" + t.milestone() + "/delete").param("version", "0")),
                null);
        for (String org : List.of("..%2Fkmpt", "kmpt%00", "KMPT", "kmpt%20", "%2e%2e", "nope", "kmpt;x")) {
            api(
                    "figures for organisation " + org,
                    as(
                            "edi@kmpt",
                            post("/api/organisations/" + org + "/measurements")
                                    .contentType("text/csv")
                                    .content("indicator,period,group,value,source\nWRES5,2061,BAME,1,ESR\n")),
                    null);
            page("dashboard of " + org, as("edi@kmpt", get("/organisations/" + org + "/dashboard")), null);
        }
    }

    // ---- the plan editor's forms -----------------------------------------------------------------------------------

    private void editorForms() {
        List<String> badTitles = List.of("", "   ", HUGE, "\u0000", "a\u0000b", "\u0007");
        for (String v : badTitles) {
            page(
                    "new plan title=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/organisations/kmpt/plans/new")
                                    .param("title", v)
                                    .param("standard", "WRES")
                                    .param("period", "2061-63")),
                    "title");
            page(
                    "plan edit title=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/plans/" + t.plan() + "/edit")
                                    .param("title", v)
                                    .param("period", "2025-27")
                                    .param("version", "0")),
                    "title");
            page(
                    "new theme title=" + shorten(v),
                    as("edi@kmpt", post("/plans/" + t.plan() + "/themes/new").param("title", v)),
                    "title");
            page(
                    "new action title=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/plans/" + t.plan() + "/actions/new")
                                    .param("title", v)
                                    .param("lead", "lead@kmpt")
                                    .param("sponsor", "sponsor@kmpt")
                                    .param("timescale", "2061")
                                    .param("themeId", String.valueOf(t.theme()))),
                    "title");
            page(
                    "new milestone title=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/actions/" + t.action() + "/milestones/new")
                                    .param("title", v)
                                    .param("dueDay", "1")
                                    .param("dueMonth", "1")
                                    .param("dueYear", "2061")),
                    "title");
        }
        for (String v : List.of("XYZ", "", "\u0000", HUGE)) {
            page(
                    "new plan standard=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/organisations/kmpt/plans/new")
                                    .param("title", "T")
                                    .param("standard", v)
                                    .param("period", "2061-63")),
                    "standard");
        }
        for (String v : List.of("", HUGE, "\u0000")) {
            page(
                    "new plan period=" + shorten(v),
                    as(
                            "edi@kmpt",
                            post("/organisations/kmpt/plans/new")
                                    .param("title", "T")
                                    .param("standard", "WRES")
                                    .param("period", v)),
                    "period");
        }
        for (String v : List.of("abc", "-1", "1.5", "99999999999999999999", "")) {
            page(
                    "plan edit version=" + v,
                    as(
                            "edi@kmpt",
                            post("/plans/" + t.plan() + "/edit")
                                    .param("title", "T")
                                    .param("period", "2025-27")
                                    .param("version", v)),
                    null);
            page(
                    "theme edit version=" + v,
                    as(
                            "edi@kmpt",
                            post("/themes/" + t.theme() + "/edit")
                                    .param("title", "T")
                                    .param("version", v)),
                    null);
        }
        page(
                "plan edit, a stale version",
                as(
                        "edi@kmpt",
                        post("/plans/" + t.plan() + "/edit")
                                .param("title", "Stale")
                                .param("period", "2025-27")
                                .param("version", "987654")),
                null);
        Map<String, List<String>> action = new LinkedHashMap<>();
        action.put("lead", List.of("nobody@nowhere", "=cmd", "\u0000", HUGE, "lead@kings"));
        action.put("sponsor", List.of("nobody@nowhere", "\u0000", HUGE));
        action.put("timescale", List.of("\u0000", HUGE));
        action.put("indicators", List.of("NOPE", "\u0000", "../x"));
        action.put("themeId", List.of("abc", "-1", "99999999", "1e3"));
        action.put("successMeasures", List.of("\u0000", HUGE + HUGE));
        action.put("rationale", List.of("\u0000", HUGE + HUGE));
        Map<String, String> goodAction = params(
                "title",
                "Hostile action",
                "lead",
                "lead@kmpt",
                "sponsor",
                "sponsor@kmpt",
                "timescale",
                "2061",
                "themeId",
                String.valueOf(t.theme()));
        action.forEach((field, values) -> values.forEach(v -> page(
                "new action " + field + "=" + shorten(v),
                as("edi@kmpt", form(post("/plans/" + t.plan() + "/actions/new"), goodAction, field, v)),
                field)));
        Map<String, List<String>> milestone = new LinkedHashMap<>();
        milestone.put("dueDay", List.of("32", "0", "abc", "-1", "1.5", "\u0000", HUGE));
        milestone.put("dueMonth", List.of("13", "0", "abc", "\u0000"));
        milestone.put("dueYear", List.of("abc", "99999", "-2061", "1e3", "\u0000"));
        milestone.put("baseline", List.of("NaN", "Infinity", "0x1A", "1,5", "abc", "1e400", "\u0000", "\u0661"));
        milestone.put("target", List.of("NaN", "-Infinity", "0x1A", "12%", "1e400", "\u0000"));
        milestone.put("indicator", List.of("NOPE", "\u0000", HUGE));
        milestone.put("baselinePeriod", List.of("banana", "\u0000", HUGE));
        milestone.put("targetPeriod", List.of("banana", "\u0000", HUGE));
        Map<String, String> goodMilestone = params(
                "title",
                "Hostile",
                "dueDay",
                "1",
                "dueMonth",
                "1",
                "dueYear",
                "2061",
                "indicator",
                "WRES5",
                "group",
                "BAME",
                "baseline",
                "10",
                "baselinePeriod",
                "2025",
                "target",
                "20",
                "targetPeriod",
                "2061");
        milestone.forEach((field, values) -> values.forEach(v -> page(
                "new milestone " + field + "=" + shorten(v),
                as("edi@kmpt", form(post("/actions/" + t.action() + "/milestones/new"), goodMilestone, field, v)),
                field.startsWith("due") ? "dueDay" : field)));
    }

    // ---- the task page form and the admin's user forms
    // ---------------------------------------------------------------

    private void taskAndAdminForms() {
        Map<String, List<String>> update = new LinkedHashMap<>();
        update.put("rag", List.of("PURPLE", "", "\u0000", HUGE, "green "));
        update.put(
                "percentComplete",
                List.of("NaN", "101", "-1", "1.5", "abc", "0x1A", "1,5", "99999999999999999999", ""));
        update.put("narrative", List.of("\u0000", HUGE));
        update.put("evidenceUrl", List.of("javascript:alert(1)", "file:/etc/passwd", "not a url", "\u0000"));
        Map<String, String> goodUpdate = params(
                "rag",
                "GREEN",
                "percentComplete",
                "40",
                "narrative",
                "Half way",
                "evidenceUrl",
                "https://intranet.example/e");
        update.forEach((field, values) -> values.forEach(v -> page(
                "task page " + field + "=" + shorten(v),
                as("lead@kmpt", form(post("/tasks/" + t.leadTask()), goodUpdate, field, v)),
                field)));
        Map<String, List<String>> user = new LinkedHashMap<>();
        user.put("username", List.of("", "has space@kmpt", "\u0000@kmpt", HUGE, "admin", "=cmd@kmpt"));
        user.put("displayName", List.of("", "\u0000", HUGE));
        user.put("organisationCode", List.of("nope", "\u0000", "../kmpt"));
        user.put("roles", List.of("GOD", "", "\u0000"));
        user.put("password", List.of("short", "password1234", "", "\u0000".repeat(12), HUGE));
        Map<String, String> goodUser = params(
                "username",
                "hostile@kmpt",
                "displayName",
                "Hostile",
                "organisationCode",
                "kmpt",
                "roles",
                "LEAD",
                "password",
                "violet tractor under 9 moons");
        user.forEach((field, values) -> values.forEach(v -> page(
                "new user " + field + "=" + shorten(v),
                as("admin", form(post("/admin/users/new"), goodUser, field, v)),
                field)));
        for (String v : List.of("abc", "-1", "987654", "")) {
            page(
                    "user edit version=" + v,
                    as(
                            "admin",
                            post("/admin/users/" + t.leadUser())
                                    .param("displayName", "X")
                                    .param("organisationCode", "kmpt")
                                    .param("roles", "LEAD")
                                    .param("version", v)),
                    null);
            page(
                    "user disable version=" + v,
                    as(
                            "admin",
                            post("/admin/users/" + t.leadUser() + "/disable").param("version", v)),
                    null);
        }
        // Your account: the token form field by field (the API's rules, errors beside the fields); revoking what is
        // not one of the caller's tokens
        Map<String, List<String>> token = new LinkedHashMap<>();
        token.put("name", List.of("", "   ", "\u0000", "tab\there", "\u202Eevil", HUGE));
        token.put(
                "expiresInDays",
                List.of("", "0", "-1", "367", "1.5", "1e3", "ten", "\u0663", "99999999999999999999", "\u0000"));
        Map<String, String> goodToken = params("name", "hostile", "expiresInDays", "30");
        token.forEach((field, values) -> values.forEach(v -> page(
                "account token " + field + "=" + shorten(v),
                as("lead@kmpt", form(post("/my/account/tokens"), goodToken, field, v)),
                field)));
        for (String id : List.of("abc", "-1", "0", "1e3", "99999999999999999999", "1;drop")) {
            page("account revoke token " + id, as("lead@kmpt", post("/my/account/tokens/" + id + "/revoke")), null);
        }
    }

    // ---- uploads: broken files, a zip bomb, names that try the path
    // --------------------------------------------------

    private void uploads() {
        String url = "/organisations/kmpt/imports";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("random.xlsx", "this is not a workbook".getBytes(StandardCharsets.UTF_8));
        files.put("empty.xlsx", new byte[0]);
        files.put("truncated.xlsx", truncatedZip());
        files.put("bomb.xlsx", zipBomb());
        files.put("figures.exe", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1));
        files.put("../../etc/passwd.csv", "indicator,period,group,value,source\nWRES5,2061,BAME,NaN,ESR\n".getBytes());
        files.put(
                "bad-rows.csv",
                "indicator,period,group,value,source\nWRES5,2061,BAME,0x1A,ESR\nNOPE,2061,BAME,1,ESR\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.put("no-header.csv", "WRES5,2061,BAME,1,ESR\n".getBytes(StandardCharsets.UTF_8));
        files.put("nul.csv", new byte[] {0, 0, 0, 0});
        files.put(
                "formula.csv",
                "indicator,period,group,value,source\n=cmd|' /C calc'!A0,2061,BAME,1,ESR\n"
                        .getBytes(StandardCharsets.UTF_8));
        List<String> wholeFile = List.of("random.xlsx", "empty.xlsx", "truncated.xlsx", "bomb.xlsx", "figures.exe");
        files.forEach((name, bytes) -> page(
                "upload " + name,
                as(
                        "edi@kmpt",
                        multipart(url).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))),
                wholeFile.contains(name) ? "file" : null));
        page("upload with no file", as("edi@kmpt", multipart(url)), "file");
        for (String token : List.of("x", "", "../../", HUGE)) {
            page(
                    "confirm a made-up upload " + shorten(token),
                    as("edi@kmpt", post(url + "/confirm").param("token", token)),
                    null);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        return as.get(who).apply(request);
    }

    private void api(String name, MockHttpServletRequestBuilder request, String field) {
        probes.add(new Probe(name, request, Surface.API, field));
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /** A form post of the good values with one field replaced (each field sent once). */
    private static MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, Map<String, String> good, String field, String value) {
        Map<String, String> params = new LinkedHashMap<>(good);
        params.put(field, value);
        params.forEach(request::param);
        return request;
    }

    private void query(String name, MockHttpServletRequestBuilder request) {
        probes.add(new Probe(name, request, Surface.QUERY, null));
    }

    /** The text a JSON value stands for ({@code "x"} is x; true, [] and {} stay as written). */
    private static String unescapeJson(String jsonValue) {
        return jsonValue.startsWith("\"") && jsonValue.endsWith("\"") && jsonValue.length() >= 2
                ? unescape(jsonValue.substring(1, jsonValue.length() - 1))
                : jsonValue;
    }

    private void page(String name, MockHttpServletRequestBuilder request, String field) {
        probes.add(new Probe(name, request, Surface.PAGE, field));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return json.append('}').toString();
    }

    /** A JSON value written as a CSV cell: strings unquoted from JSON, quoted for CSV. */
    private static String csvCell(String jsonValue) {
        String text = unescapeJson(jsonValue);
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String unescape(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue("\"" + s + "\"", String.class);
        } catch (IOException e) {
            return s;
        }
    }

    static String json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shorten(String s) {
        String one = s.replace("\n", "\\n").replace("\u0000", "\\0");
        return one.length() > 40 ? one.substring(0, 37) + "...(" + one.length() + ")" : one;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] truncatedZip() {
        byte[] whole = zip("xl/workbook.xml", "<workbook/>".repeat(200).getBytes(StandardCharsets.UTF_8));
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    /** A workbook-shaped zip whose one sheet inflates from about 100 KB to 200 MB of zeros. */
    private static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
