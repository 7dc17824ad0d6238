package org.parity.common.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.parity.common.apidocs.ContractEndpoints.Endpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The OpenAPI document generated from the controllers is the contract of docs/API.md: every endpoint the
 * contract lists is in it and it has none the contract lacks; it holds the API only; each operation has
 * its area, a summary, both ways of signing in and the problem-detail body on every 4xx answer; its
 * examples are real seed data; and only signed-in callers read it.
 */
@ParityTest
class ApiContractTest {

    static final Path CONTRACT = Path.of("docs", "API.md");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    JsonNode document() throws Exception {
        return read(get("/v3/api-docs").with(httpBasic("edi@kmpt", "parity-demo")));
    }

    JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static String contract() throws Exception {
        return Files.readString(CONTRACT, StandardCharsets.UTF_8);
    }

    @Test
    void everyEndpointOfTheContractIsInTheGeneratedDocument() throws Exception {
        Set<Endpoint> documented = ContractEndpoints.documented(contract(), "Endpoints");
        assertThat(documented).as("endpoints read from %s", CONTRACT).hasSizeGreaterThan(20);
        assertThat(ContractEndpoints.missing(documented, ContractEndpoints.generated(document())))
                .as("endpoints %s lists that /v3/api-docs does not have", CONTRACT)
                .isEmpty();
    }

    @Test
    void everyGeneratedEndpointIsInTheContract() throws Exception {
        Set<Endpoint> documented = ContractEndpoints.documented(contract(), "Endpoints");
        assertThat(ContractEndpoints.missing(ContractEndpoints.generated(document()), documented))
                .as("endpoints of /v3/api-docs that %s does not list under Endpoints", CONTRACT)
                .isEmpty();
    }

    @Test
    void plannedEndpointsAreNotServedYet() throws Exception {
        Set<Endpoint> planned = ContractEndpoints.documented(contract(), "Planned endpoints (not served yet)");
        Set<Endpoint> generated = ContractEndpoints.generated(document());
        assertThat(planned.stream().filter(generated::contains).toList())
                .as("planned endpoints that are served now: move them into Endpoints in %s", CONTRACT)
                .isEmpty();
    }

    @Test
    void theDocumentHoldsTheApiOnly() throws Exception {
        List<String> paths = new ArrayList<>();
        document().path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    void everyOperationHasItsAreaASummaryAndItsErrorsAsProblemDetails() throws Exception {
        JsonNode document = document();
        Set<String> areas = new TreeSet<>();
        document.path("tags").forEach(tag -> areas.add(tag.path("name").asText()));
        assertThat(areas).containsExactlyInAnyOrderElementsOf(ApiContract.AREAS.keySet());
        List<String> faults = new ArrayList<>();
        forEachOperation(document, (name, operation) -> {
            if (operation.path("summary").asText().isBlank()) {
                faults.add(name + " has no summary");
            }
            if (operation.path("tags").isEmpty()) {
                faults.add(name + " has no tag");
            }
            operation.path("tags").forEach(tag -> {
                if (!areas.contains(tag.asText())) {
                    faults.add(name + " has the undeclared tag " + tag.asText());
                }
            });
            JsonNode responses = operation.path("responses");
            for (String code : List.of("401", "403")) {
                if (responses.path(code).isMissingNode()) {
                    faults.add(name + " does not declare " + code);
                }
            }
            if (names(responses).stream().noneMatch(code -> code.startsWith("2"))) {
                faults.add(name + " declares no success");
            }
            responses.properties().forEach(e -> {
                if (e.getKey().startsWith("4")) {
                    JsonNode content = e.getValue().path("content");
                    List<String> types = new ArrayList<>();
                    content.fieldNames().forEachRemaining(types::add);
                    if (!types.equals(List.of("application/problem+json"))
                            || !content.path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asText()
                                    .equals("#/components/schemas/Problem")
                            || content.path("application/problem+json")
                                            .path("example")
                                            .path("status")
                                            .asInt()
                                    != Integer.parseInt(e.getKey())) {
                        faults.add(name + " " + e.getKey() + " is not a problem document: " + content);
                    }
                    if (e.getValue().path("description").asText().isBlank()) {
                        faults.add(name + " " + e.getKey() + " does not say when");
                    }
                }
            });
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void theProblemShapeIsTheOneTheApiWrites() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        JsonNode problem = schemas.path("Problem").path("properties");
        assertThat(names(problem)).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.path("errors").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/RowError");
        assertThat(names(schemas.path("RowError").path("properties")))
                .containsExactlyInAnyOrder("row", "field", "message");

        // a real 400 of a figure import: the fields the contract names, and its errors as row, field, message
        MockHttpServletResponse real = mvc.perform(post("/api/organisations/kmpt/measurements")
                        .with(httpBasic("edi@kmpt", "parity-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"indicator\":\"WDES1\",\"period\":\"2024/25\",\"group\":\"DISABLED\","
                                + "\"value\":\"seven\",\"source\":\"ESR\"}]"))
                .andReturn()
                .getResponse();
        assertThat(real.getStatus()).isEqualTo(400);
        assertThat(real.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(real.getContentAsString());
        assertThat(names(problem)).containsAll(names(body));
        assertThat(body.path("errors")).isNotEmpty();
        body.path("errors")
                .forEach(error -> assertThat(names(error)).containsExactlyInAnyOrder("row", "field", "message"));
        assertThat(body.path("errors").get(0).path("row").asInt()).isEqualTo(1);

        JsonNode example = document()
                .path("paths")
                .path("/api/organisations/{org}/measurements")
                .path("post")
                .path("responses")
                .path("400")
                .path("content")
                .path("application/problem+json")
                .path("example");
        assertThat(names(problem)).containsAll(names(example));
        assertThat(names(example.path("errors").get(0))).containsExactlyInAnyOrder("row", "field", "message");
    }

    @Test
    void bothWaysOfSigningInAreDeclaredAndRequired() throws Exception {
        JsonNode document = document();
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearerToken").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("bearerToken").path("scheme").asText()).isEqualTo("bearer");
        List<String> required = new ArrayList<>();
        document.path("security").forEach(requirement -> required.addAll(names(requirement)));
        assertThat(required).containsExactly("basicAuth", "bearerToken");
    }

    /** The examples a reader tries first are real: the organisation, indicator, period and figure exist. */
    @Test
    void theExamplesAreSeedData() throws Exception {
        JsonNode measurements = document()
                .path("paths")
                .path("/api/organisations/{org}/measurements")
                .path("get")
                .path("parameters");
        Map<String, String> examples = new java.util.HashMap<>();
        measurements.forEach(
                p -> examples.put(p.path("name").asText(), p.path("example").asText()));
        assertThat(examples).containsEntry("org", "kmpt");
        JsonNode figures = read(get("/api/organisations/" + examples.get("org") + "/measurements")
                .param("indicator", examples.get("indicator"))
                .param("period", examples.get("period"))
                .with(httpBasic("edi@kmpt", "parity-demo")));
        assertThat(figures)
                .as("the figures of the example's organisation, indicator and period")
                .isNotEmpty();

        JsonNode row =
                document().path("components").path("schemas").path("FigureRow").path("properties");
        JsonNode same = read(get("/api/organisations/kmpt/measurements")
                .param("indicator", row.path("indicator").path("example").asText())
                .param("period", row.path("period").path("example").asText())
                .with(httpBasic("edi@kmpt", "parity-demo")));
        assertThat(same).anySatisfy(figure -> {
            assertThat(figure.path("group").asText())
                    .isEqualTo(row.path("group").path("example").asText());
            assertThat(figure.path("breakdown").asText())
                    .isEqualTo(row.path("breakdown").path("example").asText());
            assertThat(figure.path("value").asDouble())
                    .isEqualTo(row.path("value").path("example").asDouble());
        });
    }

    @Test
    void anonymousCallersGetA401ForTheDocumentAndTheSignInPageForTheUi() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config")) {
            MockHttpServletResponse response =
                    mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(401);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        }
        for (String path :
                List.of("/swagger-ui.html", "/swagger-ui/index.html", "/swagger-ui/swagger-initializer.js")) {
            MockHttpServletResponse response =
                    mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
        }
        MockHttpServletResponse wrong = mvc.perform(get("/v3/api-docs").with(httpBasic("edi@kmpt", "wrong password")))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);
    }

    @Test
    void aPersonalApiTokenReadsTheDocumentAndAnUnknownOneIsRefused() throws Exception {
        JsonNode token = json.readTree(mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("lead@kmpt", "parity-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"contract reader\",\"expiresInDays\":1}"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode document = read(get("/v3/api-docs")
                .header("Authorization", "Bearer " + token.path("token").asText()));
        assertThat(document.path("info").path("title").asText()).isEqualTo("Parity API");
        MockHttpServletResponse unknown = mvc.perform(
                        get("/v3/api-docs").header("Authorization", "Bearer pty_notAToken"))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(401);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void signedInPeopleOpenTheUiAndBoardReadersReadTheContractToo() throws Exception {
        MockHttpServletResponse page = mvc.perform(
                        get("/swagger-ui/index.html").with(httpBasic("sponsor@kmpt", "parity-demo")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("swagger-ui-bundle.js");
        JsonNode config = read(get("/v3/api-docs/swagger-config").with(httpBasic("sponsor@kmpt", "parity-demo")));
        assertThat(config.path("url").asText()).isEqualTo("/v3/api-docs");
        assertThat(read(get("/v3/api-docs").with(httpBasic("board@kmpt", "parity-demo")))
                        .path("paths")
                        .has("/api/reports/{id}"))
                .isTrue();
    }

    interface OperationCheck {
        void check(String name, JsonNode operation);
    }

    static void forEachOperation(JsonNode document, OperationCheck check) {
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> check.check(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
