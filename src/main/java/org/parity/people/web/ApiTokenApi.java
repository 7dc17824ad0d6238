package org.parity.people.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
class ApiTokenApi {

    private final ApiTokens tokens;
    private final CurrentCaller caller;

    ApiTokenApi(ApiTokens tokens, CurrentCaller caller) {
        this.tokens = tokens;
        this.caller = caller;
    }

    /** What a new token needs: a name and how many days it lives (1 to 366). */
    record TokenRequest(
            @TokenName String name, @TokenLifetime Integer expiresInDays) {}

    /** No body at all is checked as an empty one (by the service), so it too names the missing fields. */
    @PostMapping("/api/me/tokens")
    ResponseEntity<NewToken> create(@Valid @RequestBody(required = false) TokenRequest body) {
        TokenRequest request = body == null ? new TokenRequest(null, null) : body;
        NewToken token = tokens.create(caller.get(), request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + token.id()))
                .body(token);
    }

    @GetMapping("/api/me/tokens")
    List<TokenView> mine() {
        return tokens.mine(caller.get());
    }

    @DeleteMapping("/api/me/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable Long id) {
        tokens.revoke(caller.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** Admins (the /api/admin/** rule): everyone's tokens, or one person's with ?username=. */
    @GetMapping("/api/admin/tokens")
    List<TokenView> all(@RequestParam(required = false) String username) {
        return tokens.all(username);
    }
}
