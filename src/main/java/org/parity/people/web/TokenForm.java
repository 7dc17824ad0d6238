package org.parity.people.web;

import org.parity.people.validation.TokenLifetime;
import org.parity.people.validation.TokenName;

/** The "Your account" page's form for a new personal API token: the same rules as the API's. */
public class TokenForm {

    @TokenName
    private String name;

    @TokenLifetime
    private Integer expiresInDays = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
