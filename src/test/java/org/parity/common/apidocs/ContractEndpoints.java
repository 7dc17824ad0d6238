package org.parity.common.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints of a contract written in Markdown (docs/API.md: a table whose first cell is
 * {@code `METHOD /path?query`}) and of an OpenAPI document, compared as method and path with the path
 * variables' names left out ({@code /api/plans/{id}} and {@code /api/plans/{plan}} are one endpoint).
 */
final class ContractEndpoints {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(GET|POST|PUT|PATCH|DELETE)\\s+(/[^`\\s?]*)[^`]*`");
    private static final Pattern HEADING = Pattern.compile("^(#+)\\s+(.*)$");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private ContractEndpoints() {}

    /** One endpoint: its method and its path with every variable written {}. */
    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        static Endpoint of(String method, String path) {
            return new Endpoint(method.toUpperCase(Locale.ROOT), path.replaceAll("\\{[^}]*}", "{}"));
        }

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The endpoints listed in the tables under the heading {@code section} (up to the next heading of its level). */
    static Set<Endpoint> documented(String markdown, String section) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        int level = 0;
        boolean inside = false;
        for (String line : markdown.split("\\R")) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                int depth = heading.group(1).length();
                if (heading.group(2).strip().equals(section)) {
                    inside = true;
                    level = depth;
                } else if (inside && depth <= level) {
                    inside = false;
                }
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inside && row.find()) {
                endpoints.add(Endpoint.of(row.group(1), row.group(2)));
            }
        }
        if (level == 0) {
            throw new IllegalArgumentException("no section '" + section + "' in the contract");
        }
        return endpoints;
    }

    /** Every operation of an OpenAPI document's paths. */
    static Set<Endpoint> generated(JsonNode openApi) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (Iterator<String> paths = openApi.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = openApi.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    endpoints.add(Endpoint.of(method, path));
                }
            }
        }
        return endpoints;
    }

    /** Those of {@code wanted} that {@code present} lacks, in order. */
    static List<Endpoint> missing(Set<Endpoint> wanted, Set<Endpoint> present) {
        return wanted.stream().filter(e -> !present.contains(e)).sorted().toList();
    }
}
