package org.parity.indicator.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parity.common.BadInputException;
import org.parity.indicator.ImportProperties;
import org.parity.indicator.MeasurementService;
import org.parity.indicator.MeasurementService.Preview;
import org.parity.organisation.OrganisationAccess;
import org.parity.people.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The EDI team's figure import: upload a CSV or XLSX, see a preview of exactly what would be stored
 * (computed values, flags, replacements) with every row's errors next to its row, then confirm. The
 * upload waits in the database between preview and confirmation ({@link PendingImports}); nothing is
 * stored before that, and nothing at all when any row is wrong.
 */
@Controller
class ImportPagesController {

    static final String UPLOAD = "indicators/import";
    static final String PREVIEW = "indicators/import-preview";

    private final MeasurementService service;
    private final Importers importers;
    private final ImportProperties limits;
    private final OrganisationAccess access;
    private final PendingImports pending;

    ImportPagesController(
            MeasurementService service,
            Importers importers,
            ImportProperties limits,
            OrganisationAccess access,
            PendingImports pending) {
        this.service = service;
        this.importers = importers;
        this.limits = limits;
        this.access = access;
        this.pending = pending;
    }

    @GetMapping("/organisations/{org}/imports")
    String initUploadForm(@PathVariable String org, Model model) {
        Caller who = importers.check(org);
        model.addAttribute("organisation", access.readable(who, org));
        return UPLOAD;
    }

    @PostMapping("/organisations/{org}/imports")
    String processUploadForm(
            @PathVariable String org, @RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        Caller who = importers.check(org);
        model.addAttribute("organisation", access.readable(who, org));
        byte[] csv;
        try {
            csv = csvOf(file);
        } catch (BadInputException e) {
            model.addAttribute("fileError", e.getMessage());
            return UPLOAD;
        }
        FigureReader.Result read;
        try {
            read = FigureReader.csv(csv);
        } catch (BadInputException e) {
            model.addAttribute("fileError", e.getMessage());
            return UPLOAD;
        }
        Preview preview = service.preview(org, read.rows(), read.errors(), who.username());
        String token = preview.acceptable() ? pending.keep(org, who.username(), file.getOriginalFilename(), csv) : "";
        model.addAttribute("preview", preview);
        model.addAttribute("rows", read.rows());
        model.addAttribute("token", token);
        model.addAttribute("fileName", file.getOriginalFilename());
        return PREVIEW;
    }

    @PostMapping("/organisations/{org}/imports/confirm")
    String confirm(@PathVariable String org, @RequestParam String token, RedirectAttributes flash) {
        Caller who = importers.check(org);
        Optional<byte[]> csv = pending.take(token, org, who.username());
        if (csv.isEmpty()) {
            flash.addFlashAttribute("message", "import.expired");
            return "redirect:/organisations/" + org + "/imports";
        }
        FigureReader.Result read = FigureReader.csv(csv.get());
        var stored = service.record(org, read.rows(), read.errors(), who.username());
        flash.addFlashAttribute("stored", stored.size());
        List<String> indicators =
                stored.stream().map(m -> m.indicatorCode()).distinct().toList();
        return indicators.size() == 1
                ? "redirect:/organisations/" + org + "/indicators/" + indicators.get(0)
                : "redirect:/organisations/" + org + "/indicators";
    }

    private byte[] csvOf(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw FigureReader.whole("file", "Choose a CSV or XLSX file to upload");
        }
        if (file.getSize() > limits.maxBytes().toBytes()) {
            throw FigureReader.whole(
                    "file", "The file is larger than " + limits.maxBytes().toMegabytes() + " MB");
        }
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            try (java.io.InputStream in = file.getInputStream()) {
                return SpreadsheetFigures.toCsv(in, limits.maxBytes().toBytes());
            }
        }
        if (name.endsWith(".csv")) {
            return file.getBytes();
        }
        throw FigureReader.whole("file", "The file must be a CSV (.csv) or an Excel workbook (.xlsx)");
    }
}
