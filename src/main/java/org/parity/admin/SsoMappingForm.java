package org.parity.admin;

import org.parity.people.RoleMappingForm;

/** The role mapping form as typed, with the rule that needs the organisation module (it exists). */
public class SsoMappingForm extends RoleMappingForm {

    @Override
    @KnownOrganisation
    public String getOrganisationCode() {
        return super.getOrganisationCode();
    }
}
