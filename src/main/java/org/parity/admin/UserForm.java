package org.parity.admin;

import org.parity.people.AccountForm;
import org.parity.people.UserAccount;

/**
 * The user page's form as typed, kept as typed when it comes back with errors: the people module's
 * {@link AccountForm} and its rules, the version the page was loaded at, and the rules that need the
 * organisation module (the organisation and system chosen must exist).
 */
public class UserForm extends AccountForm {

    private long version;

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.show(user);
        return form;
    }

    @Override
    public void show(UserAccount user) {
        super.show(user);
        version = user.version();
    }

    @Override
    @KnownOrganisation
    public String getOrganisationCode() {
        return super.getOrganisationCode();
    }

    @Override
    @KnownSystem
    public String getSystemCode() {
        return super.getSystemCode();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
