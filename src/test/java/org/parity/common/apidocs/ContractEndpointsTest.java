package org.parity.common.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parity.common.apidocs.ContractEndpoints.Endpoint;

/** The comparison behind ApiContractTest, on a small contract and document: it finds and names what is missing. */
class ContractEndpointsTest {

    static final String CONTRACT = """
            # A contract

            ## Endpoints
            Some words, and a `GET /not/a/row` in them.

            ### Plans
            | method and path | what |
            |---|---|
            | `GET /api/organisations/{org}/plans` | the plans |
            | `GET /api/plans/{id}?format=html\\\\|pdf` | one plan |
            | `DELETE /api/me/tokens/{id}` | revokes |

            ### Tasks
            | method and path | what |
            |---|---|
            | `POST /api/tasks/{taskId}` | completes |

            ## Planned endpoints
            | method and path | what |
            |---|---|
            | `GET /api/me/calendar.ics` | later |
            """;

    static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/api/organisations/{code}/plans": {"get": {}},
              "/api/plans/{id}": {"get": {}, "parameters": []},
              "/api/tasks/{id}": {"get": {}},
              "/api/extra": {"post": {}}
            }}
            """;

    @Test
    void readsTheRowsOfOneSectionWithItsSubsections() {
        assertThat(ContractEndpoints.documented(CONTRACT, "Endpoints"))
                .containsExactly(
                        Endpoint.of("GET", "/api/organisations/{}/plans"),
                        Endpoint.of("GET", "/api/plans/{}"),
                        Endpoint.of("DELETE", "/api/me/tokens/{}"),
                        Endpoint.of("POST", "/api/tasks/{}"));
        assertThat(ContractEndpoints.documented(CONTRACT, "Planned endpoints"))
                .containsExactly(Endpoint.of("GET", "/api/me/calendar.ics"));
    }

    @Test
    void aSectionThatIsNotThereIsAnErrorNotAnEmptyContract() {
        assertThatThrownBy(() -> ContractEndpoints.documented(CONTRACT, "Endpoint list"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Endpoint list");
    }

    @Test
    void readsTheOperationsOfADocumentButNotThePathLevelFields() throws Exception {
        assertThat(ContractEndpoints.generated(new ObjectMapper().readTree(DOCUMENT)))
                .containsExactlyInAnyOrder(
                        Endpoint.of("GET", "/api/organisations/{org}/plans"),
                        Endpoint.of("GET", "/api/plans/{id}"),
                        Endpoint.of("GET", "/api/tasks/{id}"),
                        Endpoint.of("POST", "/api/extra"));
    }

    @Test
    void namesEachDocumentedEndpointTheDocumentLacks() throws Exception {
        Set<Endpoint> documented = ContractEndpoints.documented(CONTRACT, "Endpoints");
        Set<Endpoint> generated = ContractEndpoints.generated(new ObjectMapper().readTree(DOCUMENT));
        assertThat(ContractEndpoints.missing(documented, generated).stream()
                        .map(Endpoint::toString)
                        .toList())
                .containsExactly("DELETE /api/me/tokens/{}", "POST /api/tasks/{}");
        assertThat(ContractEndpoints.missing(generated, documented).stream()
                        .map(Endpoint::toString)
                        .toList())
                .containsExactly("GET /api/tasks/{}", "POST /api/extra");
    }

    @Test
    void variableNamesDoNotMatterButTheirPlacesDo() {
        assertThat(Endpoint.of("GET", "/api/plans/{id}")).isEqualTo(Endpoint.of("get", "/api/plans/{plan}"));
        assertThat(Endpoint.of("GET", "/api/plans/{id}")).isNotEqualTo(Endpoint.of("GET", "/api/plans/{id}/x"));
        assertThat(Endpoint.of("GET", "/api/plans/{id}")).isNotEqualTo(Endpoint.of("POST", "/api/plans/{id}"));
    }
}
