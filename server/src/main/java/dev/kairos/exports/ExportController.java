package dev.kairos.exports;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.kairos.appointments.RecordFilter;
import dev.kairos.appointments.RecordQueries;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.platform.JobScheduler;
import dev.kairos.web.ApiException;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Export to Excel: {@code /admin/locations/{id}/exports?<filter>} counts the filter's rows and
 * offers the export (refused past {@value ExportJob#MAX_ROWS} rows), and lists the user's own
 * files; {@code /admin/exports/{fileId}} downloads a file for its owner only (404 for anyone else).
 */
@Controller
class ExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RecordQueries records;
    private final Locations locations;
    private final Access access;
    private final ExportFiles files;
    private final JobScheduler scheduler;
    private final OneTimeTask<ExportRequest> task;
    private final Clock clock;
    private final Vocabulary words;
    private final ExportJob job;
    private final ExportMail mail;

    ExportController(
            RecordQueries records,
            Locations locations,
            Access access,
            ExportFiles files,
            JobScheduler scheduler,
            OneTimeTask<ExportRequest> task,
            Clock clock,
            Vocabulary words,
            ExportJob job,
            ExportMail mail) {
        this.records = records;
        this.locations = locations;
        this.access = access;
        this.files = files;
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
        this.words = words;
        this.job = job;
        this.mail = mail;
    }

    @GetMapping("/admin/locations/{locationId}/exports")
    String page(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            HttpServletRequest http,
            Model model) {
        String query = ExportJob.withoutPaging(http.getQueryString());
        show(user, locationId, query, model);
        return "exports/page";
    }

    @PostMapping("/admin/locations/{locationId}/exports")
    String export(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String query,
            Model model,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        String filter = ExportJob.withoutPaging(query);
        long count = show(user, locationId, filter, model);
        if (count > ExportJob.MAX_ROWS) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", tooMany(count));
            return "exports/page";
        }
        String started = ExportJob.schedule(
                scheduler,
                task,
                new ExportRequest(
                        user.id(),
                        locationId,
                        filter,
                        LocaleContextHolder.getLocale().getLanguage()),
                clock.instant());
        redirect.addFlashAttribute(
                "notice",
                words.word(
                        mail.configured() ? "export.started" : "export.started-no-mail",
                        LocaleContextHolder.getLocale(),
                        count));
        redirect.addFlashAttribute("job", started);
        return "redirect:/admin/locations/" + locationId + "/exports" + (filter.isEmpty() ? "" : "?" + filter);
    }

    /**
     * The progress of an export job the user started, as a fragment the page polls: preparing (it
     * polls again), the file to download once stored, or a failure when the job ended without one.
     */
    @GetMapping("/admin/locations/{locationId}/exports/jobs/{job:[0-9a-f-]+}")
    String progress(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable String job,
            Model model) {
        access.require(user.caller(), locationId, Right.EXPORT);
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        model.addAttribute("location", location);
        model.addAttribute("job", job);
        model.addAttribute("zone", location.zone());
        var file = files.ofJob(job, user.id());
        model.addAttribute("file", file.orElse(null));
        model.addAttribute("pending", file.isEmpty() && this.job.pending(job));
        return "exports/progress :: progress";
    }

    @GetMapping("/admin/exports/{fileId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SessionUser user, @PathVariable long fileId) {
        ExportFiles.Stored file =
                files.findOwned(fileId, user.id()).orElseThrow(() -> ApiException.notFound("Export file"));
        access.require(user.caller(), file.locationId(), Right.EXPORT);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.bytes());
    }

    /** Fills the page's model and returns the filter's count. */
    private long show(SessionUser user, long locationId, String query, Model model) {
        Caller caller = user.caller();
        access.require(caller, locationId, Right.EXPORT);
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        RecordFilter filter = RecordFilter.from(QueryParams.parse(query), location.zone(), locationId);
        long count = records.count(caller, locationId, location.zone(), filter);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("query", query);
        model.addAttribute("count", count);
        model.addAttribute("max", ExportJob.MAX_ROWS);
        model.addAttribute("tooMany", count > ExportJob.MAX_ROWS ? tooMany(count) : null);
        model.addAttribute("files", files.ownedBy(user.id(), locationId));
        model.addAttribute("zone", location.zone());
        model.addAttribute("section", "export");
        model.addAttribute("mails", mail.configured());
        return count;
    }

    private String tooMany(long count) {
        return words.word("export.too-many", LocaleContextHolder.getLocale(), count, ExportJob.MAX_ROWS);
    }
}
