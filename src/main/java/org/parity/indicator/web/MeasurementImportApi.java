package org.parity.indicator.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.parity.common.apidocs.ApiTags;
import org.parity.indicator.ImportProperties;
import org.parity.indicator.MeasurementService;
import org.parity.organisation.OrgUnit;
import org.parity.people.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/organisations/{org}/measurements}: figures as a JSON array or as CSV, stored
 * whole or not at all (400 with every row's errors). The body is read up to the configured limit.
 */
@RestController
@Tag(name = ApiTags.INDICATORS)
class MeasurementImportApi {

    static final String EXPECTED = "text/csv or application/json";

    static final String JSON_EXAMPLE = """
            [
              {"indicator": "WDES1", "period": "2024/25", "group": "DISABLED", "value": 7.8, "source": "ESR"},
              {"indicator": "WRES2", "period": "2024/25", "source": "RECRUITMENT",
               "inputs": {"white_shortlisted": 1200, "white_appointed": 240,
                          "bame_shortlisted": 800, "bame_appointed": 100}}
            ]
            """;

    static final String CSV_EXAMPLE = """
            indicator,period,group,breakdown,value,source
            WDES1,2024/25,DISABLED,,7.8,ESR
            WDES1,2024/25,DISABLED,clinical:no/band:7,14.6,ESR
            """;

    private final MeasurementService service;
    private final Importers importers;
    private final ImportProperties limits;
    private final ObjectMapper mapper;
    private final org.parity.organisation.OrgUnits units;

    MeasurementImportApi(
            MeasurementService service,
            Importers importers,
            ImportProperties limits,
            ObjectMapper mapper,
            org.parity.organisation.OrgUnits units) {
        this.units = units;
        this.service = service;
        this.importers = importers;
        this.limits = limits;
        this.mapper = mapper;
    }

    @Operation(
            summary = "Import figures",
            description = "A JSON array of rows, or CSV with the header indicator,period,group,value,source (and"
                    + " optionally breakdown, inputs as name=value;name=value, document, note). A row gives either"
                    + " a value or the inputs of a computed indicator (WRES2-4, WDES2-3, WRES9, WDES10), whose"
                    + " value Parity computes. Stored whole or not at all. The organisation's EDI team and"
                    + " platform admins only.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "application/json",
                                        array = @ArraySchema(schema = @Schema(implementation = FigureRowJson.class)),
                                        examples =
                                                @ExampleObject(
                                                        name = "WDES1 and a computed WRES2",
                                                        value = JSON_EXAMPLE)),
                                @Content(
                                        mediaType = "text/csv",
                                        schema = @Schema(type = "string"),
                                        examples = @ExampleObject(name = "WDES1 by band", value = CSV_EXAMPLE))
                            }))
    @ApiResponse(
            responseCode = "201",
            description = "Stored: the rows as stored, with computed values and flags",
            content =
                    @Content(
                            mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = MeasurementJson.class))))
    @ApiResponse(
            responseCode = "400",
            description = "Row errors (unknown indicator, group or source, a value that is not a number, a zero"
                    + " denominator, a figure outside its unit's range, ...): every error of every row; nothing was"
                    + " stored")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @ApiResponse(responseCode = "413", description = "Larger than parity.import.max-bytes; nothing was stored")
    @ApiResponse(responseCode = "415", description = "Neither JSON nor CSV; nothing was stored")
    @PostMapping("/api/organisations/{org}/measurements")
    ResponseEntity<List<MeasurementJson>> importFigures(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            HttpServletRequest request)
            throws IOException {
        Caller who = importers.check(org);
        MediaType type = contentType(request, EXPECTED);
        boolean json = isJson(type);
        if (!json && !isCsv(type)) {
            throw ImportRefusedException.unsupported(request.getContentType(), EXPECTED);
        }
        byte[] body = FigureReader.read(
                request.getInputStream(),
                request.getContentLengthLong(),
                limits.maxBytes().toBytes());
        FigureReader.Result read = json ? FigureReader.json(body, mapper) : FigureReader.csv(body);
        var stored = service.record(org, read.rows(), read.errors(), who.username());
        java.util.Map<Long, String> unitCodes = stored.stream().anyMatch(m -> m.unitId() != null)
                ? units.of(org).stream().collect(java.util.stream.Collectors.toMap(OrgUnit::id, OrgUnit::code))
                : java.util.Map.of();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(stored.stream().map(m -> MeasurementJson.of(m, unitCodes)).toList());
    }

    static MediaType contentType(HttpServletRequest request, String expected) {
        try {
            if (request.getContentType() == null) {
                throw ImportRefusedException.unsupported(null, expected);
            }
            return MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            throw ImportRefusedException.unsupported(request.getContentType(), expected);
        }
    }

    static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || (type.getSubtype() != null && type.getSubtype().endsWith("+json"));
    }

    static boolean isCsv(MediaType type) {
        String sub = type.getSubtype();
        return ("text".equals(type.getType()) || "application".equals(type.getType()))
                && ("csv".equals(sub) || "comma-separated-values".equals(sub));
    }
}
