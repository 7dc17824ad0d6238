package org.parity.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parity.organisation.IcsSystem;
import org.parity.organisation.IcsSystemRepository;
import org.parity.organisation.OrgUnit;
import org.parity.organisation.OrgUnitRepository;
import org.parity.organisation.Organisation;
import org.parity.organisation.OrganisationRepository;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Reads organisations.yaml: systems, organisations and their units. */
@Component
class OrganisationSeed {

    private final IcsSystemRepository systems;
    private final OrganisationRepository organisations;
    private final OrgUnitRepository units;

    OrganisationSeed(IcsSystemRepository systems, OrganisationRepository organisations, OrgUnitRepository units) {
        this.systems = systems;
        this.organisations = organisations;
        this.units = units;
    }

    List<Organisation> load(Resource file) {
        YamlNode root = YamlNode.parse(SeedFiles.name(file), SeedFiles.reader(file))
                .allowOnly(Set.of("systems", "organisations"));
        for (YamlNode s : root.list("systems")) {
            s.allowOnly(Set.of("code", "name"));
            systems.save(new IcsSystem(s.text("code"), s.text("name")));
        }
        systems.flush();
        List<Organisation> loaded = new ArrayList<>();
        for (YamlNode o : root.list("organisations")) {
            o.allowOnly(Set.of("code", "name", "shortName", "aliases", "system", "units"));
            String system = o.optText("system");
            if (system != null && !systems.existsById(system)) {
                throw o.get("system").error("unknown system '" + system + "'");
            }
            Organisation org = organisations.save(new Organisation(
                    o.text("code"),
                    o.text("name"),
                    o.text("shortName"),
                    String.join("; ", o.texts("aliases")),
                    system));
            for (YamlNode u : o.list("units")) {
                u.allowOnly(Set.of("code", "name", "kind"));
                units.save(new OrgUnit(org.getCode(), u.text("code"), u.text("name"), u.text("kind")));
            }
            loaded.add(org);
        }
        return loaded;
    }
}
