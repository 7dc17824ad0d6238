package org.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parity.support.Scrape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * deploy/grafana/parity-dashboard.json cannot rot: every metric name its queries (panels and variables)
 * use must be in the live /actuator/prometheus output, and it has the panels operations need.
 */
@ParityTest
class GrafanaDashboardTest {

    static final Path DASHBOARD = Path.of("deploy/grafana/parity-dashboard.json");

    /** PromQL words that are not metric names (aggregations and functions are recognised by their bracket). */
    static final Set<String> KEYWORDS = Set.of(
            "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset");

    static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Autowired
    MockMvc mvc;

    @Test
    void everyMetricTheDashboardQueriesIsExported() throws Exception {
        // one API request, so the HTTP metrics have a series
        mvc.perform(get("/api/organisations").with(httpBasic("edi@kmpt", "parity-demo")))
                .andExpect(status().isOk());
        Set<String> exported = Scrape.of(mvc).names();

        Set<String> queried = new TreeSet<>();
        for (String query : queries(new ObjectMapper().readTree(DASHBOARD.toFile()))) {
            queried.addAll(metricNames(query));
        }
        assertThat(queried)
                .as("metric names found in the dashboard's queries")
                .contains(
                        "http_server_requests_seconds_count",
                        "http_server_requests_seconds_bucket",
                        "jvm_memory_used_bytes",
                        "hikaricp_connections_active",
                        "camunda_engine_total",
                        "parity_tasks_open",
                        "parity_tasks_overdue",
                        "parity_milestones_off_track",
                        "parity_mails_waiting",
                        "jvm_info");
        assertThat(exported).containsAll(queried);
    }

    @Test
    void theNameExtractionFindsMetricsAndNothingElse() {
        assertThat(
                        metricNames(
                                "histogram_quantile(0.95, sum by (le, uri) (rate(http_server_requests_seconds_bucket{instance=~\"$instance\", uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricNames("sum(a_total{x=\"y\"}) / clamp_min(sum(b_total), 1e-9)"))
                .containsExactlyInAnyOrder("a_total", "b_total");
        assertThat(metricNames("label_values(jvm_info, instance)")).containsExactly("jvm_info");
        assertThat(metricNames("max by (metric) (rate(camunda_engine_total[5m]))"))
                .containsExactly("camunda_engine_total");
    }

    /** Every PromQL text in the dashboard: the panels' targets and the query variables' queries. */
    static List<String> queries(JsonNode dashboard) {
        List<String> found = new ArrayList<>();
        collectExpressions(dashboard, found);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                found.add(
                        query.isTextual() ? query.asText() : query.path("query").asText());
            }
        }
        assertThat(found).as("queries in " + DASHBOARD).isNotEmpty().noneMatch(String::isBlank);
        return found;
    }

    private static void collectExpressions(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("expr") && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                } else {
                    collectExpressions(field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectExpressions(child, found));
        }
    }

    /**
     * The metric names in one query: label matchers, ranges, strings, numbers and grouping clauses are
     * removed, and what remains is a name unless a bracket follows it (a function or aggregation) or it is
     * a PromQL keyword. label_values(metric, label) names its metric first.
     */
    static Set<String> metricNames(String query) {
        Set<String> names = new TreeSet<>();
        Matcher labelValues = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,")
                .matcher(query);
        if (labelValues.find()) {
            names.add(labelValues.group(1));
            return names;
        }
        String rest = query.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\b\\d+(\\.\\d+)?(e-?\\d+)?\\b", " ");
        Matcher m = IDENTIFIER.matcher(rest);
        while (m.find()) {
            String word = m.group();
            boolean called = rest.substring(m.end()).stripLeading().startsWith("(");
            if (!called && !KEYWORDS.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }
}
