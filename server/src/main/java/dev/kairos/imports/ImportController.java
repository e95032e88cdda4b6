package dev.kairos.imports;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import from Excel in three steps, as in Altegio: upload an .xlsx (read once, and its rows kept
 * under a random id tied to the user), map each column to a field, then import with a per-row report.
 */
@Controller
class ImportController {

    private static final int SAMPLES = 3;

    private final ImportUploads uploads;
    private final ImportRun run;
    private final Locations locations;
    private final Access access;
    private final DataSize maxFileSize;
    private final MessageSource messages;

    ImportController(
            ImportUploads uploads,
            ImportRun run,
            Locations locations,
            Access access,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize,
            MessageSource messages) {
        this.uploads = uploads;
        this.run = run;
        this.locations = locations;
        this.access = access;
        this.maxFileSize = maxFileSize;
        this.messages = messages;
    }

    @GetMapping("/admin/locations/{locationId}/imports")
    String uploadPage(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        prepare(user, locationId, model);
        return "imports/upload";
    }

    /** The template file: a column per field, headed to map by itself, with an example row. */
    @GetMapping("/admin/locations/{locationId}/imports/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId) {
        access.require(user.caller(), locationId, Right.IMPORT);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("kairos-import-template.xlsx")
                                .build()
                                .toString())
                .body(ImportTemplate.write());
    }

    @PostMapping("/admin/locations/{locationId}/imports")
    String upload(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        prepare(user, locationId, model);
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().strip();
        try {
            if (file.isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new ImportRefused("refusal.import.choose-file", "Choose an Excel .xlsx file to upload.");
            }
            byte[] bytes = file.getBytes();
            ImportSheet sheet = ImportSheet.read(bytes);
            String id = uploads.insert(locationId, user.id(), Shown.excerpt(name), sha256(bytes), sheet);
            return "redirect:/admin/locations/" + locationId + "/imports/" + id;
        } catch (ImportRefused e) {
            response.setStatus(422);
            model.addAttribute("error", e.says().in(messages, LocaleContextHolder.getLocale()));
            return "imports/upload";
        }
    }

    @GetMapping("/admin/locations/{locationId}/imports/{uploadId}")
    String mapping(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String uploadId,
            Model model) {
        ImportUploads.Upload upload = upload(user, locationId, uploadId, model);
        List<ImportField> guessed = new ArrayList<>();
        for (int c = 0; c < upload.columns(); c++) {
            String header = c < upload.headers().size() ? upload.headers().get(c) : "";
            guessed.add(ImportField.forHeader(header).orElse(null));
        }
        model.addAttribute("chosen", guessed);
        return "imports/mapping";
    }

    @PostMapping("/admin/locations/{locationId}/imports/{uploadId}")
    String importRows(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String uploadId,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        ImportUploads.Upload upload = upload(user, locationId, uploadId, model);
        List<ImportField> chosen = new ArrayList<>();
        for (int c = 0; c < upload.columns(); c++) {
            String value = form.getOrDefault("col" + c, "");
            chosen.add(value.isEmpty() ? null : ImportField.valueOf(value));
        }
        model.addAttribute("chosen", chosen);
        try {
            Map<ImportField, Integer> columns = columns(chosen);
            ImportReport report = run.run(
                    user.caller(), (Location) model.getAttribute("location"), uploadId, uploads.sheet(upload), columns);
            model.addAttribute("report", report);
            // Each row problem in the page's language, in the report's order.
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute(
                    "problemWords",
                    report.problems().stream()
                            .map(p -> p.says().in(messages, locale))
                            .toList());
            if (!report.applied()) {
                response.setStatus(422);
            }
        } catch (ImportRefused e) {
            response.setStatus(422);
            model.addAttribute("error", e.says().in(messages, LocaleContextHolder.getLocale()));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            response.setStatus(409);
            model.addAttribute(
                    "error", messages.getMessage("import.error.time-taken", null, LocaleContextHolder.getLocale()));
        }
        return "imports/mapping";
    }

    private static Map<ImportField, Integer> columns(List<ImportField> chosen) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int c = 0; c < chosen.size(); c++) {
            ImportField field = chosen.get(c);
            if (field != null && columns.putIfAbsent(field, c) != null) {
                throw new ImportRefused(
                        "refusal.import.field-twice",
                        "'" + field.label() + "' is chosen for two columns; choose it for one.",
                        word(field));
            }
        }
        List<MessageSourceResolvable> missing = new ArrayList<>();
        if (!columns.containsKey(ImportField.DATE)) {
            missing.add(word(ImportField.DATE));
        }
        if (!columns.containsKey(ImportField.MEMBER_ID) && !columns.containsKey(ImportField.MEMBER_NAME)) {
            missing.add(Fault.word("import.field.member", "Team member ID or name"));
        }
        if (!columns.containsKey(ImportField.PHONE)) {
            missing.add(word(ImportField.PHONE));
        }
        if (!missing.isEmpty()) {
            String english = "Choose a column for: "
                    + missing.stream()
                            .map(MessageSourceResolvable::getDefaultMessage)
                            .collect(Collectors.joining(", "))
                    + ".";
            // One key per count: the bundle's words list the fields, each in the page's language.
            Object[] fields = missing.toArray();
            throw switch (missing.size()) {
                case 1 -> new ImportRefused("refusal.import.choose-column", english, fields);
                case 2 -> new ImportRefused("refusal.import.choose-columns-2", english, fields);
                default -> new ImportRefused("refusal.import.choose-columns-3", english, fields);
            };
        }
        return columns;
    }

    /** The field's name in the page's words. */
    private static MessageSourceResolvable word(ImportField field) {
        return Fault.word("import.field." + field.name(), field.label());
    }

    /** The upload, with what the mapping page shows of it: its columns and their first values, cut short. */
    private ImportUploads.Upload upload(SessionUser user, long locationId, String uploadId, Model model) {
        prepare(user, locationId, model);
        ImportUploads.Upload upload =
                uploads.find(uploadId, user.id(), locationId).orElseThrow(() -> ApiException.notFound("Upload"));
        List<ImportSheet.SheetRow> first = uploads.firstRows(upload.id(), SAMPLES);
        List<String> columns = new ArrayList<>();
        List<List<String>> samples = new ArrayList<>();
        for (int c = 0; c < upload.columns(); c++) {
            int column = c;
            columns.add(RowReader.columnName(upload.headers(), c));
            samples.add(first.stream().map(r -> Shown.excerpt(r.cell(column))).toList());
        }
        model.addAttribute("upload", upload);
        model.addAttribute("rowCount", upload.rowCount());
        model.addAttribute("columns", columns);
        model.addAttribute("samples", samples);
        model.addAttribute("fields", ImportField.values());
        return upload;
    }

    private void prepare(SessionUser user, long locationId, Model model) {
        access.require(user.caller(), locationId, Right.IMPORT);
        model.addAttribute("user", user);
        model.addAttribute("location", locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location")));
        model.addAttribute("max", ImportSheet.MAX_ROWS);
        model.addAttribute("maxMegabytes", maxFileSize.toMegabytes());
        model.addAttribute("section", "import");
        model.addAttribute("fields", ImportField.values());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
