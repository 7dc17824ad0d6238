package org.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose.yaml is what a platform team runs, and Docker is not on the build machine: this reads
 * the file as YAML (anchors and merge keys resolved, as Compose does) and checks its shape (PostgreSQL
 * 17, two Parity nodes with the same environment, a reverse proxy to both, health checks everywhere) and
 * that every environment variable a node gets is one Parity reads: a property of Spring Boot, Camunda
 * or Parity in its environment-variable spelling (spring.mail.host is SPRING_MAIL_HOST,
 * parity.workflow.sweep-cycle is PARITY_WORKFLOW_SWEEPCYCLE or PARITY_WORKFLOW_SWEEP_CYCLE), or a placeholder of Parity's own
 * application*.yml (PARITY_DB_URL). A misspelt name would be ignored silently by the node; here it fails.
 */
class DeployComposeTest {

    static final Path DEPLOY = Path.of("deploy");
    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path SOURCES = Path.of("src/main/java");
    static final List<String> NODES = List.of("parity-a", "parity-b");

    /** Read by the JVM itself, not by Spring. */
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");
    static final Pattern PROPERTY_LITERAL =
            Pattern.compile("\"((?:parity|spring|server|management|camunda|logging)\\.[a-z0-9.\\-]+)");

    static Map<String, Object> compose;
    static KnownNames known;

    @BeforeAll
    static void read() throws Exception {
        compose = yaml(DEPLOY.resolve("compose.yaml"));
        known = KnownNames.collect();
    }

    @Test
    void postgres17TwoNodesAndAProxyEachWithAHealthCheck() {
        Map<String, Object> services = map(compose, "services");
        assertThat(services).containsKeys("postgres", "parity-a", "parity-b", "proxy");
        assertThat(string(map(services, "postgres"), "image")).isEqualTo("postgres:17");
        for (String service : services.keySet()) {
            assertThat(map(map(services, service), "healthcheck"))
                    .as("health check of %s", service)
                    .containsKey("test");
        }
        for (String node : NODES) {
            Map<String, Object> service = map(services, node);
            assertThat(map(map(service, "depends_on"), "postgres")).containsEntry("condition", "service_healthy");
            assertThat(String.join(" ", strings(map(service, "healthcheck"), "test")))
                    .contains("/actuator/health/readiness");
            assertThat(map(service, "build")).containsEntry("dockerfile", "deploy/Dockerfile");
        }
        assertThat(environment("parity-a"))
                .as("both nodes run with the same environment")
                .isEqualTo(environment("parity-b"));
        Map<String, Object> proxy = map(services, "proxy");
        for (String node : NODES) {
            assertThat(map(map(proxy, "depends_on"), node)).containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void theProxySendsToBothNodesAndChecksTheirReadiness() throws IOException {
        String caddyfile = Files.readString(DEPLOY.resolve("Caddyfile"));
        assertThat(caddyfile)
                .contains("reverse_proxy parity-a:8080 parity-b:8080")
                .contains("health_uri /actuator/health/readiness");
        assertThat(strings(map(map(compose, "services"), "proxy"), "volumes"))
                .contains("./Caddyfile:/etc/caddy/Caddyfile:ro");
    }

    @Test
    void theNodesBelieveForwardedHeadersFromTheProxyAloneSoTheThrottleCountsRealClients() {
        Map<String, Object> services = map(compose, "services");
        String proxyAddress = string(map(map(map(services, "proxy"), "networks"), "parity"), "ipv4_address");
        Pattern trusted = Pattern.compile(environment("parity-a").get("PARITY_PROXY_TRUSTED"));
        assertThat(trusted.matcher(proxyAddress).matches())
                .as("the proxy's address is trusted")
                .isTrue();
        Map<String, Object> network = networkConfig();
        assertThat(string(network, "subnet")).isEqualTo("10.77.0.0/24");
        // the other containers get addresses from the dynamic range (10.77.0.128-255), which excludes the proxy's
        assertThat(string(network, "ip_range")).isEqualTo("10.77.0.128/25");
        assertThat(Integer.parseInt(proxyAddress.substring(proxyAddress.lastIndexOf('.') + 1)))
                .isLessThan(128);
        for (String other :
                List.of("10.77.0.128", "10.77.0.200", "10.77.0.1", "10.77.0.100", "127.0.0.1", "10x77x0x10")) {
            assertThat(trusted.matcher(other).matches())
                    .as("%s is not trusted", other)
                    .isFalse();
        }
        for (String service : List.of("postgres", "parity-a", "parity-b", "proxy")) {
            Object networks = map(services, service).get("networks");
            assertThat(networks instanceof Map<?, ?> m ? List.copyOf(m.keySet()) : (List<?>) networks)
                    .as("networks of %s", service)
                    .containsExactly("parity");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> networkConfig() {
        Object config = map(map(map(compose, "networks"), "parity"), "ipam").get("config");
        assertThat(config).isInstanceOf(List.class);
        assertThat((List<?>) config).hasSize(1);
        return (Map<String, Object>) ((List<?>) config).get(0);
    }

    @Test
    void eachNodeRunsOnPostgresWithPasswordsFromTheOperatorNeverFromTheFile() {
        Map<String, String> env = environment("parity-a");
        assertThat(env.get("SPRING_PROFILES_ACTIVE")).contains("postgres").contains("prod");
        assertThat(env.get("PARITY_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/parity");
        Map<String, String> database = stringMap(map(map(compose, "services"), "postgres"), "environment");
        assertThat(env.get("PARITY_DB_USER")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(env.get("PARITY_DB_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
        env.forEach((name, value) -> {
            if (name.contains("PASSWORD")) {
                assertThat(value)
                        .as("%s must be required from the operator's .env (${NAME:?...}), not written here", name)
                        .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
            }
        });
        assertThat(env).containsKeys("SPRING_MAIL_HOST", "PARITY_NOTIFICATION_BASEURL", "CAMUNDA_ADMIN_PASSWORD");
    }

    @Test
    void everyVariableANodeGetsIsOneParityReads() {
        for (String node : NODES) {
            List<String> unknown = environment(node).keySet().stream()
                    .filter(name -> !JVM_VARIABLES.contains(name) && !known.accepts(name))
                    .toList();
            assertThat(unknown)
                    .as("environment names of %s that no property matches", node)
                    .isEmpty();
        }
    }

    @Test
    void theNameCheckRefusesMisspeltAndUnknownNames() {
        assertThat(known.accepts("PARITY_DB_URL")).isTrue();
        assertThat(known.accepts("SPRING_MAIL_HOST")).isTrue();
        assertThat(known.accepts("PARITY_WORKFLOW_SWEEPCYCLE")).isTrue();
        assertThat(known.accepts("PARITY_LOGIN_MAXFAILURES")).isTrue();
        assertThat(known.accepts("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS")).isTrue();
        // Boot's legacy spelling (dashes as underscores) is read too
        assertThat(known.accepts("PARITY_WORKFLOW_SWEEP_CYCLE")).isTrue();
        assertThat(known.accepts("PARITY_LOG_FORMAT")).isTrue();
        assertThat(known.accepts("PARITY_WORKFLOW_SWEEPCYCLES")).isFalse();
        assertThat(known.accepts("PARITY_DB_URLS")).isFalse();
        assertThat(known.accepts("SPRING_MAIL_HOSTNAME")).isFalse();
        assertThat(known.accepts("PARITY_NOTIFICATIONS_BASEURL")).isFalse();
        assertThat(known.accepts("PARITY_SEED_DEMOUSER")).isFalse();
        assertThat(known.accepts("JAVA_TOOL_OPTIONS")).isFalse();
    }

    // ---- the names Parity reads ------------------------------------------------------------------------

    /** Property names in their environment spelling, placeholders of Parity's own files, and map prefixes. */
    record KnownNames(Set<String> exact, Set<String> mapPrefixes) {

        static KnownNames collect() throws Exception {
            Set<String> exact = new TreeSet<>();
            Set<String> maps = new TreeSet<>();
            // Spring Boot's, Camunda's and every other starter's documented properties
            ObjectMapper json = new ObjectMapper();
            for (Resource metadata : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/*spring-configuration-metadata.json")) {
                try (InputStream in = metadata.getInputStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asText();
                        exact.addAll(envNames(name));
                        if (property.path("type").asText().startsWith("java.util.Map")) {
                            maps.addAll(envNames(name));
                        }
                    }
                }
            }
            // Parity's own files: their keys and the ${NAMES} they read
            try (Stream<Path> files = Files.list(RESOURCES)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml"))
                        .toList()) {
                    flatten("", yaml(file), exact);
                    Matcher m = PLACEHOLDER.matcher(Files.readString(file));
                    while (m.find()) {
                        if (m.group(1).contains(".")) {
                            exact.addAll(envNames(m.group(1)));
                        } else {
                            exact.add(m.group(1));
                        }
                    }
                }
            }
            // properties Parity's code reads by name (@Value, getProperty, @ConditionalOnProperty)
            try (Stream<Path> files = Files.walk(SOURCES)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    for (Pattern pattern : List.of(PLACEHOLDER, PROPERTY_LITERAL)) {
                        Matcher m = pattern.matcher(source);
                        while (m.find()) {
                            exact.addAll(envNames(m.group(1)));
                        }
                    }
                }
            }
            // Parity's @ConfigurationProperties records, component by component
            ClassPathScanningCandidateComponentProvider scanner =
                    new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
            for (BeanDefinition candidate : scanner.findCandidateComponents("org.parity")) {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
                String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
                components(prefix, type, exact, maps, 0);
            }
            return new KnownNames(exact, maps);
        }

        boolean accepts(String variable) {
            if (exact.contains(variable)) {
                return true;
            }
            return mapPrefixes.stream().anyMatch(prefix -> variable.startsWith(prefix + "_"));
        }

        private static void components(String prefix, Type type, Set<String> exact, Set<String> maps, int depth) {
            exact.addAll(envNames(prefix));
            if (depth > 4 || !(type instanceof Class<?> c) || !c.isRecord()) {
                return;
            }
            for (RecordComponent component : c.getRecordComponents()) {
                String name = prefix + "." + kebab(component.getName());
                Type generic = component.getGenericType();
                if (generic instanceof ParameterizedType p && p.getRawType() == Map.class) {
                    maps.addAll(envNames(name));
                    exact.addAll(envNames(name));
                } else {
                    components(name, component.getType(), exact, maps, depth + 1);
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static void flatten(String prefix, Object value, Set<String> into) {
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : ((Map<Object, Object>) map).entrySet()) {
                    String key = prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + "." + entry.getKey();
                    into.addAll(envNames(key));
                    flatten(key, entry.getValue(), into);
                }
            }
        }
    }

    /**
     * Spring Boot's environment spellings of a property: dots to underscores and upper case, with dashes
     * dropped (PARITY_LOGFORMAT) or, the legacy form Boot also reads, as underscores (PARITY_LOG_FORMAT).
     */
    static List<String> envNames(String property) {
        String upper = property.replace('.', '_').toUpperCase(Locale.ROOT);
        return List.of(upper.replace("-", ""), upper.replace('-', '_'));
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    // ---- reading the YAML ------------------------------------------------------------------------------

    static Map<String, Object> yaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object loaded;
        try (InputStream in = Files.newInputStream(file)) {
            loaded = new Yaml(options).load(in);
        }
        assertThat(loaded).as("%s is a YAML mapping", file).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) loaded;
        return map;
    }

    static Map<String, String> environment(String service) {
        return stringMap(map(map(compose, "services"), service), "environment");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("has %s", key).containsKey(key);
        assertThat(parent.get(key)).as("%s is a mapping", key).isInstanceOf(Map.class);
        return (Map<String, Object>) parent.get(key);
    }

    static Map<String, String> stringMap(Map<String, Object> parent, String key) {
        Map<String, String> strings = new java.util.TreeMap<>();
        map(parent, key).forEach((name, value) -> {
            assertThat(value)
                    .as("%s: %s is a string (quote numbers and booleans)", key, name)
                    .isInstanceOf(String.class);
            strings.put(name, (String) value);
        });
        return strings;
    }

    static String string(Map<String, Object> parent, String key) {
        assertThat(parent.get(key)).as("%s is a string", key).isInstanceOf(String.class);
        return (String) parent.get(key);
    }

    static List<String> strings(Map<String, Object> parent, String key) {
        assertThat(parent.get(key)).as("%s is a list", key).isInstanceOf(List.class);
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) parent.get(key)) {
            strings.add(String.valueOf(item));
        }
        return strings;
    }
}
