package org.parity.people.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parity.sso.providers.ID.*}: the OpenID providers of this installation (none: no single
 * sign-on). Each needs a name, an issuer, a client id and secret; the endpoints come from the issuer's
 * discovery document on first use, unless all of authorization-uri, token-uri and jwk-set-uri are given.
 */
@ConfigurationProperties("parity.sso")
public class SsoProperties {

    private Map<String, Provider> providers = new LinkedHashMap<>();

    public Map<String, Provider> getProviders() {
        return providers;
    }

    public void setProviders(Map<String, Provider> providers) {
        this.providers = providers;
    }

    public static class Provider {
        /** Shown on the login page: "Sign in with NAME". */
        private String name;

        private String issuerUri;
        private String clientId;
        private String clientSecret;
        private List<String> scopes = List.of("openid", "profile", "email");
        /** The ID token claim whose values admins map to roles (Entra ID: groups or roles). */
        private String groupsClaim = "groups";

        private String authorizationUri;
        private String tokenUri;
        private String jwkSetUri;
        private String userInfoUri;
        private String endSessionUri;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public List<String> getScopes() {
            return scopes;
        }

        public void setScopes(List<String> scopes) {
            this.scopes = scopes;
        }

        public String getGroupsClaim() {
            return groupsClaim;
        }

        public void setGroupsClaim(String groupsClaim) {
            this.groupsClaim = groupsClaim;
        }

        public String getAuthorizationUri() {
            return authorizationUri;
        }

        public void setAuthorizationUri(String authorizationUri) {
            this.authorizationUri = authorizationUri;
        }

        public String getTokenUri() {
            return tokenUri;
        }

        public void setTokenUri(String tokenUri) {
            this.tokenUri = tokenUri;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public String getUserInfoUri() {
            return userInfoUri;
        }

        public void setUserInfoUri(String userInfoUri) {
            this.userInfoUri = userInfoUri;
        }

        public String getEndSessionUri() {
            return endSessionUri;
        }

        public void setEndSessionUri(String endSessionUri) {
            this.endSessionUri = endSessionUri;
        }

        boolean explicitEndpoints() {
            return authorizationUri != null && tokenUri != null && jwkSetUri != null;
        }
    }
}
