package dev.kairos.directory;

import dev.kairos.auth.SessionUser;
import dev.kairos.refusal.Fault;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings page of a location ({@code /admin/locations/{id}/settings}, for those who manage
 * its settings): its details and booking rules, its weekly opening hours and its special days;
 * and opening a new location ({@code /admin/locations/new}, for the chain's owner). Every form
 * goes through {@link LocationSettings}, the API's own rules; a refused form is shown again as
 * typed, the reasons beside its fields.
 */
@Controller
class LocationSettingsPage {

    private static final String PATH = "/admin/locations/{locationId}/settings";

    /** The inputs of the details form: the API's field names, delays in minutes. */
    private static final List<String> DETAILS = List.of(
            "title",
            "country",
            "city",
            "address",
            "phone",
            "timezone_name",
            "currency",
            "slot_step_minutes",
            "min_lead_minutes",
            "max_advance_days",
            "allow_delete_record",
            "allow_delete_record_delay_minutes",
            "allow_change_record",
            "allow_change_record_delay_minutes",
            "visit_grouping");

    private static final List<String> GROUPINGS = List.of("same_client_same_day", "back_to_back", "none");

    private final LocationSettings settings;
    private final Locations locations;
    private final OpeningHours hours;
    private final MessageSource messages;

    LocationSettingsPage(LocationSettings settings, Locations locations, OpeningHours hours, MessageSource messages) {
        this.settings = settings;
        this.locations = locations;
        this.hours = hours;
        this.messages = messages;
    }

    /** One weekday's row of the hours form. */
    record WeekRow(int number, String name, String field) {}

    /** A special day as listed: closed, or its hours as text. */
    record SpecialRow(LocalDate date, boolean closed, String hours) {}

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Locale locale, Model model) {
        return show(user, locationId, null, locale, model);
    }

    @PostMapping(PATH)
    String save(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("details", typed(params, DETAILS));
        LocationRequest request = request(form);
        if (request == null) {
            response.setStatus(422);
            return show(user, locationId, numbers(form), locale, model);
        }
        return form.submit(
                response,
                messages,
                () -> {
                    Location saved = settings.update(user.caller(), locationId, request);
                    return done(redirect, locationId, "settings.notice.saved", saved.title());
                },
                refused -> show(user, locationId, refused, locale, model));
    }

    @PostMapping(PATH + "/hours")
    String week(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("hours", typed(params, dayFields()));
        return form.submit(
                response,
                messages,
                () -> {
                    settings.replaceWeek(user.caller(), locationId, weekly(form));
                    return done(redirect, locationId, "settings.notice.hours", "");
                },
                refused -> show(user, locationId, refused, locale, model));
    }

    @PostMapping(PATH + "/special_days")
    String special(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("special", typed(params, List.of("date", "closed", "hours")));
        List<LocationSettings.SpecialDay> rows = new ArrayList<>();
        if (form.checked("closed")) {
            rows.add(new LocationSettings.SpecialDay(form.value("date"), true, null, null));
        } else {
            HoursText.read(form.value("hours"))
                    .forEach(s ->
                            rows.add(new LocationSettings.SpecialDay(form.value("date"), false, s.from(), s.to())));
        }
        if (rows.isEmpty()) {
            rows.add(new LocationSettings.SpecialDay(form.value("date"), false, null, null));
        }
        return form.submit(
                response,
                messages,
                () -> {
                    settings.setSpecialDay(user.caller(), locationId, rows);
                    return done(redirect, locationId, "settings.notice.special", form.value("date"));
                },
                refused -> show(user, locationId, refused, locale, model));
    }

    @PostMapping(PATH + "/special_days/{date}/delete")
    String removeSpecial(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable LocalDate date,
            RedirectAttributes redirect) {
        settings.removeSpecialDay(user.caller(), locationId, date);
        return done(redirect, locationId, "settings.notice.special-removed", date.toString());
    }

    @GetMapping("/admin/locations/new")
    String newLocation(@AuthenticationPrincipal SessionUser user, Model model) {
        return opening(user, PageForm.of("new", Map.of("timezone_name", "Europe/Berlin")), model);
    }

    @PostMapping("/admin/locations")
    String open(
            @AuthenticationPrincipal SessionUser user,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form =
                PageForm.of("new", typed(params, List.of("title", "timezone_name", "country", "city", "address")));
        LocationRequest request = LocationRequest.opening(
                form.value("title"),
                form.value("timezone_name"),
                form.value("country"),
                form.value("city"),
                form.value("address"));
        return form.submit(
                response,
                messages,
                () -> {
                    Location opened = settings.open(user.caller(), request);
                    redirect.addFlashAttribute("notice", "settings.notice.opened");
                    redirect.addFlashAttribute("noticeTitle", opened.title());
                    return "redirect:/admin/locations/" + opened.id() + "/settings";
                },
                refused -> opening(user, refused, model));
    }

    private String opening(SessionUser user, PageForm form, Model model) {
        if (!settings.mayOpen(user.caller())) {
            throw ApiException.forbidden();
        }
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("zones", zones());
        return "directory/new-location";
    }

    private String show(SessionUser user, long locationId, PageForm refused, Locale locale, Model model) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        settings.requireSettings(user.caller(), locationId);
        LocationHours stored = hours.of(locationId);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "settings");
        model.addAttribute("zones", zones());
        model.addAttribute("groupings", GROUPINGS);
        model.addAttribute("details", PageForm.shown(refused, "details", details(location)));
        model.addAttribute("hours", PageForm.shown(refused, "hours", week(stored)));
        model.addAttribute("special", PageForm.shown(refused, "special", Map.of()));
        model.addAttribute("days", weekRows(locale));
        LocalDate today = settings.today(location);
        model.addAttribute(
                "specialDays",
                stored.specialDays().tailMap(today, true).entrySet().stream()
                        .map(e -> new SpecialRow(e.getKey(), e.getValue().isEmpty(), HoursText.of(e.getValue())))
                        .toList());
        return "directory/settings";
    }

    private static Map<String, String> details(Location l) {
        Location.BookingSettings b = l.booking();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", l.title());
        v.put("country", l.country());
        v.put("city", l.city());
        v.put("address", l.address());
        v.put("phone", l.phone());
        v.put("timezone_name", l.zone().getId());
        v.put("currency", l.currency());
        v.put("slot_step_minutes", String.valueOf(b.slotStepMinutes()));
        v.put("min_lead_minutes", String.valueOf(b.minLeadMinutes()));
        v.put("max_advance_days", String.valueOf(b.maxAdvanceDays()));
        v.put("allow_delete_record", String.valueOf(b.allowDeleteRecord()));
        v.put("allow_delete_record_delay_minutes", String.valueOf(b.deleteDelaySeconds() / 60));
        v.put("allow_change_record", String.valueOf(b.allowChangeRecord()));
        v.put("allow_change_record_delay_minutes", String.valueOf(b.changeDelaySeconds() / 60));
        v.put("visit_grouping", b.visitGrouping());
        return v;
    }

    /** The request the details form stands for; null when a number cannot be read. */
    private static LocationRequest request(PageForm form) {
        Integer step = number(form.value("slot_step_minutes"));
        Integer lead = number(form.value("min_lead_minutes"));
        Integer advance = number(form.value("max_advance_days"));
        Integer deleteDelay = number(form.value("allow_delete_record_delay_minutes"));
        Integer changeDelay = number(form.value("allow_change_record_delay_minutes"));
        if (step == null || lead == null || advance == null || deleteDelay == null || changeDelay == null) {
            return null;
        }
        return new LocationRequest(
                form.value("title"),
                form.value("timezone_name"),
                null,
                form.value("country"),
                form.value("city"),
                form.value("address"),
                form.value("phone"),
                null,
                form.value("currency").strip().toUpperCase(Locale.ROOT),
                null,
                null,
                null,
                step,
                lead,
                advance,
                form.checked("allow_delete_record"),
                deleteDelay * 60,
                form.checked("allow_change_record"),
                changeDelay * 60,
                null,
                form.value("visit_grouping"),
                null,
                null);
    }

    /** The details form refused for each number that is not a whole number (of minutes, at most a year). */
    private PageForm numbers(PageForm form) {
        PageForm refused = form;
        for (String field : List.of(
                "slot_step_minutes",
                "min_lead_minutes",
                "max_advance_days",
                "allow_delete_record_delay_minutes",
                "allow_change_record_delay_minutes")) {
            if (number(form.value(field)) == null) {
                refused = refused.refused(wireName(field), Fault.wholeNumber(), messages);
            }
        }
        return refused;
    }

    /** The API's name of a page field. */
    private static String wireName(String field) {
        return field.replace("_delay_minutes", "_delay_step");
    }

    private static Integer number(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return Math.abs(n) <= 1_000_000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<WeeklyEntry> weekly(PageForm form) {
        List<WeeklyEntry> entries = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            int d = day;
            HoursText.read(form.value("day" + day)).forEach(s -> entries.add(new WeeklyEntry(d, s.from(), s.to())));
        }
        return entries;
    }

    private static Map<String, String> week(LocationHours stored) {
        Map<String, String> v = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            v.put("day" + day.getValue(), HoursText.of(stored.weekly().get(day)));
        }
        return v;
    }

    static List<String> dayFields() {
        return List.of("day1", "day2", "day3", "day4", "day5", "day6", "day7");
    }

    static List<WeekRow> weekRows(Locale locale) {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new WeekRow(d.getValue(), d.getDisplayName(TextStyle.FULL, locale), "day" + d.getValue()))
                .toList();
    }

    /** The typed values of the named inputs; an input not sent is empty (an unticked box). */
    static Map<String, String> typed(Map<String, String> params, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        names.forEach(n -> values.put(n, params.getOrDefault(n, "")));
        return values;
    }

    static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.equals("UTC")
                        || z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
                .sorted()
                .toList();
    }

    private static String done(RedirectAttributes redirect, long locationId, String notice, String title) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeTitle", title);
        return "redirect:/admin/locations/" + locationId + "/settings";
    }
}
