package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parity.ParityTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The task form the API's contract describes (TaskForm of /v3/api-docs) has exactly the fields the gateway
 * reads for some kind of task, and every kind is one the contract names.
 */
@ParityTest
class TaskFormContractTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void theContractsTaskFormIsTheFieldsTheGatewayReads() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("lead@kmpt", "parity-demo")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> described = new TreeSet<>();
        schemas.path("TaskForm").path("properties").fieldNames().forEachRemaining(described::add);
        Set<String> read = new TreeSet<>();
        Arrays.stream(TaskKind.values()).forEach(kind -> read.addAll(TaskInput.fieldsOf(kind)));
        assertThat(described).isEqualTo(read);

        Set<String> kinds = new TreeSet<>();
        schemas.path("TaskView").path("properties").path("kind").path("enum").forEach(k -> kinds.add(k.asText()));
        assertThat(kinds)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(TaskKind.values()).map(Enum::name).toList());
        String description = schemas.path("TaskForm").path("description").asText();
        assertThat(Arrays.stream(TaskKind.values()).map(Enum::name))
                .allSatisfy(kind -> assertThat(description).contains(kind));
    }
}
