package org.parity.indicator.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One row of a JSON figure import as the API's contract describes it. {@link FigureReader} reads the rows by
 * hand (so that every error of every row is reported in one pass) and accepts exactly these fields.
 */
@Schema(
        name = "FigureRow",
        description = "One figure to store. Give either value, or the inputs a computed indicator is computed from.")
record FigureRowJson(
        @Schema(description = "Indicator code", example = "WDES1", requiredMode = Schema.RequiredMode.REQUIRED)
        String indicator,

        @Schema(
                description = "YYYY/YY (financial year, workforce data at 31 March) or YYYY (survey year)",
                example = "2024/25",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String period,

        @Schema(description = "Group code; left out (or null) for a figure that compares groups", example = "DISABLED")
        String group,

        @Schema(description = "A sub-measure, e.g. band:8a or clinical:yes", example = "clinical:no/band:7")
        String breakdown,

        @Schema(description = "The figure (a number, or a number written as text)", example = "14.6")
        Double value,

        @Schema(
                description =
                        "For a computed indicator instead of value: its inputs by name (see" + " GET /api/indicators)",
                example = "{\"white_shortlisted\": 1200, \"white_appointed\": 240, \"bame_shortlisted\": 800,"
                        + " \"bame_appointed\": 100}")
        Map<String, Double> inputs,

        @Schema(
                description = "Where it comes from",
                allowableValues = {
                    "BOARD",
                    "EMPLOYEE_RELATIONS",
                    "ESR",
                    "LEARNING_DEVELOPMENT",
                    "NETWORK",
                    "PAYROLL",
                    "RECRUITMENT",
                    "STAFF_SURVEY"
                },
                example = "ESR",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String source,

        @Schema(description = "The document it was taken from", example = "001")
        String document,

        @Schema(description = "A note for readers") String note,

        @Schema(
                description = "The change the source document printed beside the figure, word for word (one line,"
                        + " at most 200 characters); a board summary shows it beside Parity's own rating",
                example = "4.5% better")
        String publishedChange,

        @Schema(
                description = "The code of the organisation's unit (care group, division, directorate, site) the"
                        + " figure was measured for; left out for the whole organisation. A unit's figures form their"
                        + " own series and never mix with the organisation's",
                example = "william-harvey")
        String unit) {

    /** The field names a JSON row may have, in the order of the contract. */
    static final Set<String> FIELDS = fields();

    private static Set<String> fields() {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(FigureRowJson.class.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return java.util.Collections.unmodifiableSet(names);
    }
}
