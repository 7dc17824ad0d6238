package org.parity.people;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parity.audit.AuditLog;
import org.parity.common.BadInputException;
import org.parity.common.NotFoundException;
import org.parity.common.RowError;
import org.parity.people.internal.LazyClientRegistrations;
import org.parity.people.internal.SsoRoleMappingEntity;
import org.parity.people.internal.SsoRoleMappingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Single sign-on as admins see it: the configured OpenID providers, and the mappings from a value of a
 * provider's groups claim to a role in one organisation, applied at each sign-in to approved people of
 * that organisation. Only organisation roles can be mapped (EDI, lead, sponsor, board), never admin or
 * ICS. Every change is audited.
 */
@Service
@Validated
public class SingleSignOn {

    /** The roles a groups claim may give. */
    public static final Set<Role> MAPPABLE = EnumSet.of(Role.EDI, Role.LEAD, Role.SPONSOR, Role.BOARD);

    private final LazyClientRegistrations providers;
    private final SsoRoleMappingRepository mappings;
    private final AuditLog audit;

    SingleSignOn(LazyClientRegistrations providers, SsoRoleMappingRepository mappings, AuditLog audit) {
        this.providers = providers;
        this.mappings = mappings;
        this.audit = audit;
    }

    public List<SsoProvider> providers() {
        return providers.names().entrySet().stream()
                .map(e -> new SsoProvider(e.getKey(), e.getValue()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<RoleMapping> mappings() {
        return mappings.findAllByOrderByProviderAscClaimValueAscOrganisationCodeAscRoleAsc().stream()
                .map(SingleSignOn::view)
                .toList();
    }

    /** The reason this mapping cannot be added (field and message), or null when it can. */
    @Transactional(readOnly = true)
    public RowError problem(RoleMappingForm form) {
        if (!providers.names().containsKey(form.getProvider())) {
            return new RowError(0, "provider", "Choose a provider this installation has");
        }
        if (form.getRole() != null && !MAPPABLE.contains(form.getRole())) {
            return new RowError(0, "role", "Only EDI team, lead, sponsor or board can come from a group");
        }
        if (form.getRole() != null
                && mappings.existsByProviderAndClaimValueAndOrganisationCodeAndRole(
                        form.getProvider(), form.getClaimValue().strip(), form.getOrganisationCode(), form.getRole())) {
            return new RowError(0, "claimValue", "This group already gives this role in this organisation");
        }
        return null;
    }

    @Transactional
    public RoleMapping add(@Valid RoleMappingForm form, Caller admin) {
        RowError problem = problem(form);
        if (problem != null) {
            throw new BadInputException(problem.message(), List.of(problem));
        }
        SsoRoleMappingEntity saved = mappings.save(new SsoRoleMappingEntity(
                form.getProvider(),
                form.getClaimValue().strip(),
                form.getOrganisationCode(),
                form.getRole(),
                admin.username()));
        audit.record(AuditLog.Entry.of(
                        admin.username(),
                        saved.getOrganisationCode(),
                        "SSO_MAPPING",
                        saved.getId(),
                        "SSO_MAPPING_ADDED")
                .detail(describe(saved)));
        return view(saved);
    }

    @Transactional
    public void remove(Long id, Caller admin) {
        SsoRoleMappingEntity mapping =
                mappings.findById(id).orElseThrow(() -> new NotFoundException("role mapping " + id));
        mappings.delete(mapping);
        audit.record(AuditLog.Entry.of(
                        admin.username(), mapping.getOrganisationCode(), "SSO_MAPPING", id, "SSO_MAPPING_REMOVED")
                .detail(describe(mapping)));
    }

    private static String describe(SsoRoleMappingEntity m) {
        return m.getProvider() + " group \"" + m.getClaimValue() + "\" -> " + m.getRole() + " in "
                + m.getOrganisationCode();
    }

    private static RoleMapping view(SsoRoleMappingEntity m) {
        return new RoleMapping(m.getId(), m.getProvider(), m.getClaimValue(), m.getOrganisationCode(), m.getRole());
    }
}
