package org.parity.plan.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parity.common.BadInputException;
import org.parity.indicator.ImportProperties;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.parity.people.CurrentCaller;
import org.parity.plan.PlanImport;
import org.parity.plan.PlanImport.ImportedPlan;
import org.parity.plan.PlanImport.Preview;
import org.parity.plan.PlanImportRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team's plan import: download the template, upload a CSV or XLSX plan, see every row as it will
 * be stored with every row's errors beside it, then confirm. The file waits in the database between
 * preview and confirmation ({@link PendingPlanImports}); nothing is stored before that, and nothing at all
 * when any row is wrong. Only the organisation's EDI team and admins: 404 unseen, 403 otherwise.
 */
@Controller
class PlanImportPages {

    static final String UPLOAD = "editor/import";
    static final String PREVIEW = "editor/import-preview";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanImport imports;
    private final PendingPlanImports pending;
    private final ImportProperties limits;
    private final OrganisationAccess access;
    private final CurrentCaller caller;

    PlanImportPages(
            PlanImport imports,
            PendingPlanImports pending,
            ImportProperties limits,
            OrganisationAccess access,
            CurrentCaller caller) {
        this.imports = imports;
        this.pending = pending;
        this.limits = limits;
        this.access = access;
        this.caller = caller;
    }

    @GetMapping("/organisations/{org}/plans/import")
    String initUploadForm(@PathVariable String org, Model model) {
        Caller who = importer(org);
        model.addAttribute("organisation", access.readable(who, org));
        model.addAttribute("columns", PlanImportRow.COLUMNS);
        return UPLOAD;
    }

    @GetMapping("/organisations/{org}/plans/import/template.csv")
    ResponseEntity<byte[]> csvTemplate(@PathVariable String org) {
        importer(org);
        return download(
                PlanTemplate.csv(), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv");
    }

    @GetMapping("/organisations/{org}/plans/import/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@PathVariable String org) {
        importer(org);
        return download(PlanTemplate.xlsx(), XLSX, "xlsx");
    }

    @PostMapping("/organisations/{org}/plans/import")
    String processUploadForm(
            @PathVariable String org, @RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        Caller who = importer(org);
        model.addAttribute("organisation", access.readable(who, org));
        model.addAttribute("columns", PlanImportRow.COLUMNS);
        byte[] csv;
        PlanFile.Read read;
        try {
            csv = csvOf(file, limits.maxBytes().toBytes());
            read = PlanFile.csv(csv);
        } catch (BadInputException e) {
            model.addAttribute("fileError", e.getMessage());
            return UPLOAD;
        }
        Preview preview = imports.preview(who, org, read.rows(), read.errors());
        String token = preview.acceptable() ? pending.keep(org, who.username(), file.getOriginalFilename(), csv) : "";
        model.addAttribute("preview", preview);
        model.addAttribute("token", token);
        model.addAttribute("fileName", file.getOriginalFilename());
        return PREVIEW;
    }

    @PostMapping("/organisations/{org}/plans/import/confirm")
    String confirm(@PathVariable String org, @RequestParam(required = false) String token, RedirectAttributes flash) {
        Caller who = importer(org);
        Optional<org.parity.common.PendingUploads.Pending> file = pending.take(token, org, who.username());
        if (file.isEmpty()) {
            flash.addFlashAttribute("message", "planImport.expired");
            return "redirect:/organisations/" + org + "/plans/import";
        }
        PlanFile.Read read = PlanFile.csv(file.get().csv());
        List<ImportedPlan> created = imports.importPlans(who, org, read.rows(), read.errors());
        flash.addFlashAttribute("message", "planImport.done");
        return created.size() == 1 ? "redirect:/plans/" + created.get(0).planId() : "redirect:/";
    }

    private Caller importer(String org) {
        Caller who = caller.get();
        access.ediWork(who, org, "imports its plans");
        return who;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("parity-plan-template." + extension)
                                .build()
                                .toString())
                .body(body);
    }

    /** The upload as CSV: an XLSX is turned into CSV; anything else, empty or too large, is refused whole. */
    static byte[] csvOf(MultipartFile file, long maxBytes) throws IOException {
        if (file == null || file.isEmpty()) {
            throw PlanFile.whole("file", "Choose a CSV or XLSX file to upload");
        }
        if (file.getSize() > maxBytes) {
            throw PlanFile.whole("file", "The file is larger than " + (maxBytes / (1024 * 1024)) + " MB");
        }
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            try (InputStream in = file.getInputStream()) {
                return PlanFile.xlsxToCsv(in, maxBytes);
            }
        }
        if (name.endsWith(".csv")) {
            return file.getBytes();
        }
        throw PlanFile.whole("file", "The file must be a CSV (.csv) or an Excel workbook (.xlsx)");
    }
}
