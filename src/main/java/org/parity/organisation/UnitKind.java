package org.parity.organisation;

/**
 * What kind of part of an organisation a unit is. Trusts organise themselves differently (KMPT speaks
 * of care groups, acute trusts of divisions, directorates and sites), so the system comparison only
 * lines up units of the same kind.
 */
public enum UnitKind {
    CARE_GROUP,
    DIVISION,
    DIRECTORATE,
    SITE;

    /** The kind written as stored (upper case, underscores), or null when it is not one of these. */
    public static UnitKind parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip()
                .toUpperCase(java.util.Locale.ROOT)
                .replace(' ', '_')
                .replace('-', '_');
        for (UnitKind k : values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        return null;
    }
}
