package org.parity.seed;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parity.indicator.Indicator;
import org.parity.indicator.IndicatorCatalogue;
import org.parity.indicator.Polarity;
import org.parity.indicator.Unit;
import org.parity.organisation.Organisations;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Reads groups*.csv and indicators/*.yaml: the national catalogue and organisations' local indicators. */
@Component
class CatalogueSeed {

    private static final Set<String> INDICATOR_KEYS = Set.of(
            "code",
            "organisation",
            "standard",
            "title",
            "unit",
            "polarity",
            "groups",
            "source",
            "description",
            "breakdowns",
            "inputs",
            "ratedGroups");

    private final IndicatorCatalogue catalogue;
    private final Organisations organisations;

    CatalogueSeed(IndicatorCatalogue catalogue, Organisations organisations) {
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    int loadGroups(Resource file) {
        String name = SeedFiles.name(file);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        int count = 0;
        try (Reader reader = SeedFiles.reader(file);
                CSVParser csv = CSVParser.parse(reader, format)) {
            requireHeader(name, csv, "code", "dimension", "label");
            for (CSVRecord r : csv) {
                int line = (int) csv.getCurrentLineNumber();
                String code = r.get("code");
                if (!code.matches("[A-Z][A-Z0-9_]*")) {
                    throw new SeedException(name, line, "group code '" + code + "' must be UPPER_SNAKE_CASE");
                }
                if (catalogue.groupExists(code)) {
                    throw new SeedException(name, line, "group '" + code + "' is defined twice");
                }
                catalogue.addGroup(code, r.get("dimension"), r.get("label"));
                count++;
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            if (e.getCause() instanceof SeedException se) {
                throw se;
            }
            throw new SeedException(name, 0, "not a valid CSV: " + e.getMessage(), e);
        }
        return count;
    }

    int loadIndicators(Resource file) {
        YamlNode root = YamlNode.parse(SeedFiles.name(file), SeedFiles.reader(file));
        int count = 0;
        for (YamlNode i : root.items()) {
            i.allowOnly(INDICATOR_KEYS);
            String code = i.text("code");
            if (catalogue.exists(code)) {
                throw i.error("indicator '" + code + "' is defined twice");
            }
            String standard = i.text("standard");
            if (!catalogue.standardExists(standard)) {
                throw i.error("unknown standard '" + standard + "'");
            }
            String organisation = i.optText("organisation");
            if (organisation != null && !organisations.exists(organisation)) {
                throw i.error("unknown organisation '" + organisation + "'");
            }
            for (String group : i.texts("groups")) {
                if (!catalogue.groupExists(group)) {
                    throw i.error("unknown group '" + group + "' in indicator " + code);
                }
            }
            catalogue.add(new Indicator(
                    code,
                    standard,
                    organisation,
                    i.text("title"),
                    i.optText("description"),
                    parse(Unit.class, i, "unit"),
                    parse(Polarity.class, i, "polarity"),
                    i.texts("groups"),
                    i.text("source"),
                    i.texts("breakdowns"),
                    i.texts("inputs"),
                    i.texts("ratedGroups")));
            count++;
        }
        return count;
    }

    static <E extends Enum<E>> E parse(Class<E> type, YamlNode node, String key) {
        String text = node.text(key);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw node.get(key)
                    .error("'" + text + "' is not a " + key + "; expected one of "
                            + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static void requireHeader(String file, CSVParser csv, String... names) {
        for (String n : names) {
            if (!csv.getHeaderMap().containsKey(n)) {
                throw new SeedException(
                        file,
                        1,
                        "the header has no column '" + n + "' (found " + String.join(",", csv.getHeaderNames()) + ")");
            }
        }
    }
}
