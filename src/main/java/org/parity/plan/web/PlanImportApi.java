package org.parity.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.parity.common.ProblemException;
import org.parity.common.apidocs.ApiTags;
import org.parity.indicator.ImportProperties;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanImport;
import org.parity.plan.PlanImport.ImportedPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * {@code POST /api/organisations/{org}/plans/import}: a plan file as the body (text/csv, or an XLSX
 * workbook) or as the part {@code file} of multipart/form-data; 201 with the plans and actions created,
 * or 400 problem details listing every row's errors, nothing stored.
 */
@RestController
@Tag(name = ApiTags.PLANS)
class PlanImportApi {

    static final String EXPECTED = "text/csv, " + PlanImportPages.XLSX + " or multipart/form-data (part 'file')";

    /** A plan the import created. */
    record ImportedPlanJson(Long id, String key, String title, List<Long> actionIds) {}

    private final PlanImport imports;
    private final ImportProperties limits;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    PlanImportApi(PlanImport imports, ImportProperties limits, OrganisationAccess access, CurrentCaller caller) {
        this.imports = imports;
        this.limits = limits;
        this.access = access;
        this.caller = caller;
    }

    @Operation(
            summary = "Import plans from a spreadsheet",
            description = "One action per row (the template's columns: plan_title, standard, period, theme,"
                    + " action_title, rationale, lead, sponsor, timescale, success_measures, indicators, unit,"
                    + " milestones, hias), as text/csv, an XLSX workbook, or the part 'file' of"
                    + " multipart/form-data. Everything is checked by the plan editor's rules and stored in one"
                    + " transaction, or nothing is: each action starts its process as one made in the editor."
                    + " The organisation's EDI team and admins.")
    @ApiResponse(responseCode = "201", description = "The plans made, each with its actions' ids")
    @ApiResponse(responseCode = "400", description = "Every row's errors (row, field, message); nothing stored")
    @ApiResponse(responseCode = "404", description = "No such organisation, or not one the caller may read")
    @ApiResponse(responseCode = "413", description = "Larger than parity.import.max-bytes")
    @ApiResponse(responseCode = "415", description = "Neither CSV, XLSX nor multipart")
    @PostMapping("/api/organisations/{org}/plans/import")
    ResponseEntity<List<ImportedPlanJson>> importPlans(
            @Parameter(description = "Organisation code", example = "kmpt") @PathVariable String org,
            HttpServletRequest request)
            throws IOException {
        Caller who = caller.get();
        access.ediWork(who, org, "imports its plans");
        long max = limits.maxBytes().toBytes();
        byte[] csv;
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile("file");
            csv = PlanImportPages.csvOf(file, max);
        } else {
            MediaType type = contentType(request);
            byte[] body = body(request, max);
            if (PlanImportPages.XLSX.isCompatibleWith(type)) {
                csv = PlanFile.xlsxToCsv(new ByteArrayInputStream(body), max);
            } else if (isCsv(type)) {
                csv = body;
            } else {
                throw Refused.unsupported(request.getContentType());
            }
        }
        PlanFile.Read read = PlanFile.csv(csv);
        List<ImportedPlan> created = imports.importPlans(who, org, read.rows(), read.errors());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(created.stream()
                        .map(p -> new ImportedPlanJson(p.planId(), p.key(), p.title(), p.actionIds()))
                        .toList());
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            if (request.getContentType() == null) {
                throw Refused.unsupported(null);
            }
            return MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            throw Refused.unsupported(request.getContentType());
        }
    }

    private static boolean isCsv(MediaType type) {
        String sub = type.getSubtype();
        return ("text".equals(type.getType()) || "application".equals(type.getType()))
                && ("csv".equals(sub) || "comma-separated-values".equals(sub));
    }

    private static byte[] body(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw Refused.tooLarge(limit);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw Refused.tooLarge(limit);
        }
        return body;
    }

    /** A whole upload refused before its rows are read: too large (413) or of another type (415). */
    static final class Refused extends ProblemException {

        private final HttpStatus status;
        private final String title;

        private Refused(HttpStatus status, String title, String detail) {
            super(detail);
            this.status = status;
            this.title = title;
        }

        static Refused tooLarge(long limit) {
            return new Refused(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "Too large",
                    "The upload is larger than the limit of " + limit + " bytes (parity.import.max-bytes): nothing"
                            + " was stored.");
        }

        static Refused unsupported(String contentType) {
            return new Refused(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type",
                    "Expected " + EXPECTED + ", not '" + (contentType == null ? "no content type" : contentType)
                            + "': nothing was stored.");
        }

        @Override
        public HttpStatus status() {
            return status;
        }

        @Override
        public String title() {
            return title;
        }
    }
}
