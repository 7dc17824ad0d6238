package org.parity.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parity.organisation.Organisation;
import org.parity.organisation.Organisations;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Reads organisations.yaml: systems, organisations and their units. */
@Component
class OrganisationSeed {

    private final Organisations organisations;

    OrganisationSeed(Organisations organisations) {
        this.organisations = organisations;
    }

    List<Organisation> load(Resource file) {
        YamlNode root = YamlNode.parse(SeedFiles.name(file), SeedFiles.reader(file))
                .allowOnly(Set.of("systems", "organisations"));
        for (YamlNode s : root.list("systems")) {
            s.allowOnly(Set.of("code", "name"));
            organisations.addSystem(s.text("code"), s.text("name"));
        }
        List<Organisation> loaded = new ArrayList<>();
        for (YamlNode o : root.list("organisations")) {
            o.allowOnly(Set.of("code", "name", "shortName", "aliases", "system", "units"));
            String system = o.optText("system");
            if (system != null && organisations.system(system).isEmpty()) {
                throw o.get("system").error("unknown system '" + system + "'");
            }
            Organisation org = organisations.add(new Organisation(
                    o.text("code"),
                    o.text("name"),
                    o.text("shortName"),
                    String.join("; ", o.texts("aliases")),
                    system));
            for (YamlNode u : o.list("units")) {
                u.allowOnly(Set.of("code", "name", "kind"));
                organisations.addUnit(org.code(), u.text("code"), u.text("name"), u.text("kind"));
            }
            loaded.add(org);
        }
        return loaded;
    }
}
