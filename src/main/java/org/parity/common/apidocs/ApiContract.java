package org.parity.common.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of the OpenAPI document at /v3/api-docs: what the API is, its two ways of signing in, its
 * areas (tags) and the one error shape. The operations themselves are generated from the controllers
 * and described by their annotations; each names the 4xx answers it can give, and this class gives
 * every 4xx answer the problem-detail body Parity writes (RFC 9457, with row/field errors for bad input).
 */
@Configuration
class ApiContract {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerToken";
    static final String PROBLEM = "Problem";
    static final String ROW_ERROR = "RowError";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The areas of the API, in the words the controllers' tags use. */
    static final Map<String, String> AREAS = areas();

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put(ApiTags.ORGANISATIONS, "The organisations the caller may read.");
        areas.put(
                ApiTags.INDICATORS,
                "The indicator catalogue (WRES, WDES, gender pay gap and local indicators) and an organisation's"
                        + " figures: read them, import them (JSON or CSV, stored whole or not at all), compute the"
                        + " gender pay gap from anonymised pay records.");
        areas.put(ApiTags.PLANS, "Action plans, their themes and actions, and a text search over actions.");
        areas.put(
                ApiTags.TASKS,
                "The caller's open tasks and their completion (the action lifecycle and the yearly reporting"
                        + " cycle), withdrawal of an action, the start of a reporting cycle.");
        areas.put(
                ApiTags.REPORTS,
                "The live board report of an organisation, the side-by-side report of an integrated care system,"
                        + " and issued (frozen) reports with their documents.");
        areas.put(
                ApiTags.TOKENS,
                "Personal API tokens for scripts and BI tools: make one (the secret is shown once), list, revoke.");
        areas.put(ApiTags.ADMIN, "Platform admins only: everyone's tokens, the mail outbox, SQL diagnostics.");
        return java.util.Collections.unmodifiableMap(areas);
    }

    @Bean
    OpenAPI parityOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Parity API").version("1").description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("A Parity username and password, e.g. edi@kmpt (demo"
                                                + " password parity-demo on the embedded default). Costs a"
                                                + " bcrypt on every call: scripts should use a token."))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("pty_…")
                                        .description("A personal API token from POST /api/me/tokens, sent as"
                                                + " 'Authorization: Bearer pty_…'. It acts as its owner and"
                                                + " ends when it expires or is revoked.")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)))
                .tags(AREAS.entrySet().stream()
                        .map(e -> new Tag().name(e.getKey()).description(e.getValue()))
                        .toList());
    }

    /** Every 4xx answer an operation declares has the problem body, and only it; 401 and 403 are declared for all. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // added here, not with the frame: springdoc drops schemas nothing refers to before customizers run
            api.getComponents().addSchemas(ROW_ERROR, rowError()).addSchemas(PROBLEM, problem());
            api.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        ApiResponses responses = operation.getResponses();
                        responses.computeIfAbsent(
                                "401",
                                code -> new ApiResponse()
                                        .description("Not signed in: no session, no or wrong credentials, or an"
                                                + " unknown, expired or revoked token"));
                        responses.computeIfAbsent(
                                "403",
                                code -> new ApiResponse()
                                        .description("Signed in but not allowed to do this (role), or a browser"
                                                + " session's state-changing call without its CSRF token"));
                        ProblemExamples.Input input = ProblemExamples.Input.of(operation.getRequestBody());
                        responses.forEach((code, response) -> {
                            // always: springdoc gives an annotated answer without content the method's return type
                            if (code.startsWith("4")) {
                                response.setContent(problemContent(Integer.parseInt(code), input));
                            }
                        });
                    }));
        };
    }

    private static Content problemContent(int status, ProblemExamples.Input input) {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .example(ProblemExamples.of(status, input)));
    }

    private static Schema<?> rowError() {
        return new ObjectSchema()
                .description("One thing wrong with the input, named by its row and field.")
                .addProperty(
                        "row",
                        new IntegerSchema()
                                .description("The data row it is about, counting from 1 for the first data row of"
                                        + " an import; 0 for a single JSON body or form")
                                .example(2))
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field or column, or 'body' for the input as a whole")
                                .example("value"))
                .addProperty(
                        "message",
                        new StringSchema()
                                .description("What is wrong, in words")
                                .example("'twelve' is not a number"))
                .required(List.of("row", "field", "message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document (application/problem+json). Nothing was changed.")
                .addProperty(
                        "type",
                        new StringSchema().description("Always about:blank").example("about:blank"))
                .addProperty(
                        "title",
                        new StringSchema().description("The kind of problem").example("Bad input"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status").example(400))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("What went wrong, in words")
                                .example("Some fields are not valid"))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .description("The address that was called (left out by the security filters)")
                                .example("/api/organisations/kmpt/measurements"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + ROW_ERROR))
                                .description("Bad input only (400): every error of every row, so that a whole"
                                        + " batch can be corrected at once"))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static final String DESCRIPTION = """
            The JSON API of Parity: equality action plans (WRES, WDES, gender pay gap) of NHS organisations,
            their figures, the tasks of their actions and the board reports.

            **Signing in.** Every call needs a signed-in caller: HTTP Basic, a personal API token
            (`Authorization: Bearer pty_…`, made with `POST /api/me/tokens`), or the browser session (this
            page uses yours). A state-changing call from a browser session needs its CSRF token; a Basic or
            Bearer call does not. Board readers read issued reports only.

            **What each caller sees.** An organisation, plan, action or report the caller may not read is
            answered 404, exactly as if it did not exist; 403 where its existence is no secret.

            **Errors** are RFC 9457 problem details (`application/problem+json`). Bad input is 400 with
            `errors: [{row, field, message}]` (row 1 is the first data row of an import, 0 a single body);
            a bad request changes nothing: a batch is stored whole or not at all. 401 not signed in,
            403 not allowed, 404 not found or not visible, 409 a conflict (a stale version, a task already
            completed).

            **Codes.** Organisations `kmpt`, `ekhuft`, `kings`; the system `kent-medway`. Indicators
            `WRES1`–`WRES9`, `WDES1`–`WDES10`, `GPG_MEAN_GAP`, ... (see `GET /api/indicators`). Groups `BAME`,
            `WHITE`, `DISABLED`, `NON_DISABLED`, `FEMALE`, `MALE`, ... Periods `2024/25` (a financial year,
            workforce data at 31 March) or `2024` (a staff-survey year).
            """;
}
