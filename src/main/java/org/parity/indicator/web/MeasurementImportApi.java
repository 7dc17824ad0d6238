package org.parity.indicator.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.parity.indicator.ImportProperties;
import org.parity.indicator.MeasurementService;
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
class MeasurementImportApi {

    static final String EXPECTED = "text/csv or application/json";

    private final MeasurementService service;
    private final Importers importers;
    private final ImportProperties limits;
    private final ObjectMapper mapper;

    MeasurementImportApi(
            MeasurementService service, Importers importers, ImportProperties limits, ObjectMapper mapper) {
        this.service = service;
        this.importers = importers;
        this.limits = limits;
        this.mapper = mapper;
    }

    @PostMapping("/api/organisations/{org}/measurements")
    ResponseEntity<List<MeasurementJson>> importFigures(@PathVariable String org, HttpServletRequest request)
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
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(stored.stream().map(MeasurementJson::of).toList());
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
