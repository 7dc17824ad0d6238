package org.parity.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
import org.parity.people.CurrentCaller;
import org.parity.people.internal.ApiTokens;
import org.parity.people.internal.ApiTokens.NewToken;
import org.parity.people.internal.ApiTokens.TokenView;
import org.parity.people.validation.TokenLifetime;
import org.parity.people.validation.TokenName;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens (API.md): make one (its secret shown once), list yours, revoke; admins see everyone's. */
@RestController
@Tag(name = ApiTags.TOKENS)
class ApiTokenApi {

    private final ApiTokens tokens;
    private final CurrentCaller caller;

    ApiTokenApi(ApiTokens tokens, CurrentCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    /** What a new token needs: a name and how many days it lives (1 to 366). */
    record TokenRequest(
            @Schema(
                    description = "What the token is for: 1 to 100 characters, no control characters",
                    example = "Power BI",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @TokenName
            String name,

            @Schema(
                    description = "How many days it lives",
                    minimum = "1",
                    maximum = "366",
                    example = "90",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @TokenLifetime
            Integer expiresInDays) {}

    /** No body at all is checked as an empty one (by the service), so it too names the missing fields. */
    @Operation(
            summary = "Make a personal API token",
            description = "The answer holds the secret, shown this once. Board readers may not make tokens.")
    @ApiResponse(responseCode = "201", description = "Made; Location is the token's address")
    @ApiResponse(
            responseCode = "400",
            description = "No name, a name breaking the text rule, or a lifetime outside 1-366 days")
    @PostMapping("/api/me/tokens")
    ResponseEntity<NewToken> create(@Valid @RequestBody(required = false) TokenRequest body) {
        TokenRequest request = body == null ? new TokenRequest(null, null) : body;
        NewToken token = tokens.create(caller.get(), request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + token.id()))
                .body(token);
    }

    @Operation(
            summary = "The caller's tokens",
            description = "Newest first, revoked ones included (marked); never the secret.")
    @GetMapping("/api/me/tokens")
    List<TokenView> mine() {
        return tokens.mine(caller.get());
    }

    @Operation(summary = "Revoke one of the caller's tokens", description = "At once: the next call with it is 401.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(
            responseCode = "404",
            description = "No such token of the caller's (someone else's token is not found)")
    @DeleteMapping("/api/me/tokens/{id}")
    ResponseEntity<Void> revoke(@Parameter(description = "The token's id", example = "7") @PathVariable Long id) {
        tokens.revoke(caller.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** Admins (the /api/admin/** rule): everyone's tokens, or one person's with ?username=. */
    @Operation(
            summary = "Everyone's tokens",
            description = "The latest 1,000, or every token of one person. Platform admins only.",
            tags = ApiTags.ADMIN)
    @GetMapping("/api/admin/tokens")
    List<TokenView> all(
            @Parameter(description = "Only this person's tokens", example = "edi@kmpt") @RequestParam(required = false)
                    String username) {
        return tokens.all(username);
    }
}
