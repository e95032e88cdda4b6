package dev.kairos.admin;

import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.booking.AppointmentStatus;
import dev.kairos.booking.Deletions;
import dev.kairos.booking.Lifecycle;
import dev.kairos.booking.RecordQueries;
import dev.kairos.booking.RecordViews;
import dev.kairos.booking.StaffBooking;
import dev.kairos.booking.Transition;
import dev.kairos.catalog.Services;
import dev.kairos.directory.Location;
import dev.kairos.directory.TeamMember;
import dev.kairos.web.ApiException;
import dev.kairos.web.WireTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What staff do in the calendar, as htmx panels: the form for a new appointment, an appointment's
 * details with its status moves, and moving it to another time or team member. A refusal of the
 * booking layer (the time is taken, not a working time) is shown in the panel and changes nothing;
 * a success reloads the calendar on the appointment ({@code HX-Redirect}).
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/calendar")
class CalendarActions {

    /** The moves offered as buttons, in the order staff meet them. */
    private static final List<Transition> MOVES = List.of(
            Transition.CONFIRM,
            Transition.ARRIVE,
            Transition.COMPLETE,
            Transition.NO_SHOW,
            Transition.WAIT,
            Transition.CANCEL);

    private final Workplace workplace;
    private final RecordQueries queries;
    private final AppointmentRows rows;
    private final StaffBooking booking;
    private final Lifecycle lifecycle;
    private final Deletions deletions;
    private final Services services;

    CalendarActions(
            Workplace workplace,
            RecordQueries queries,
            AppointmentRows rows,
            StaffBooking booking,
            Lifecycle lifecycle,
            Deletions deletions,
            Services services) {
        this.workplace = workplace;
        this.queries = queries;
        this.rows = rows;
        this.booking = booking;
        this.lifecycle = lifecycle;
        this.deletions = deletions;
        this.services = services;
    }

    /** A request's form for a new appointment: what a click on an empty slot opens. */
    record NewForm(
            long staffId,
            List<Long> serviceIds,
            String clientPhone,
            String clientName,
            LocalDate date,
            LocalTime time,
            String view) {}

    @GetMapping("/new")
    String newForm(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "staff_id", defaultValue = "0") long staffId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam(defaultValue = "day") String view,
            Model model) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        return form(
                location,
                new NewForm(staffId, List.of(), "", "", start.toLocalDate(), start.toLocalTime(), view),
                null,
                model);
    }

    @PostMapping("/appointments")
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "staff_id") long staffId,
            @RequestParam(name = "service_id", required = false) List<Long> serviceIds,
            @RequestParam(name = "client_phone", defaultValue = "") String phone,
            @RequestParam(name = "client_name", defaultValue = "") String name,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam LocalTime time,
            @RequestParam(defaultValue = "day") String view,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        NewForm form = new NewForm(staffId, serviceIds == null ? List.of() : serviceIds, phone, name, date, time, view);
        try {
            long id = booking.create(
                    user.caller(),
                    locationId,
                    new StaffBooking.Request(
                            staffId,
                            form.serviceIds(),
                            phone,
                            name,
                            WireTime.atZone("time", date.atTime(time), location.zone()),
                            form.serviceIds().isEmpty() ? 3600L : null,
                            null));
            return reload(response, locationId, date, view, staffId, id);
        } catch (ApiException refused) {
            return form(location, form, forPeople(refused), model);
        }
    }

    @GetMapping("/appointments/{recordId}")
    String panel(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @RequestParam(defaultValue = "day") String view,
            Model model) {
        Location location = workplace.open(user, locationId, Right.VIEW_RECORDS, model, "calendar");
        return panel(user, location, recordId, view, null, model);
    }

    @PostMapping("/appointments/{recordId}/move")
    String move(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam LocalTime time,
            @RequestParam(name = "staff_id") long staffId,
            @RequestParam(defaultValue = "day") String view,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        try {
            booking.move(
                    user.caller(),
                    locationId,
                    recordId,
                    WireTime.atZone("time", date.atTime(time), location.zone()),
                    staffId);
            return reload(response, locationId, date, view, staffId, recordId);
        } catch (ApiException refused) {
            return panel(user, location, recordId, view, "Not moved: " + forPeople(refused), model);
        }
    }

    @PostMapping("/appointments/{recordId}/status/{transition}")
    String status(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @PathVariable String transition,
            @RequestParam(defaultValue = "day") String view,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        Transition move = Transition.ofWireName(transition).orElseThrow(() -> ApiException.notFound("Status change"));
        AppointmentRow before = row(user, location, recordId);
        try {
            lifecycle.apply(user.caller(), locationId, recordId, move);
            return reload(
                    response,
                    locationId,
                    before.date(),
                    view,
                    before.staffId(),
                    move == Transition.CANCEL ? null : recordId);
        } catch (ApiException refused) {
            return panel(user, location, recordId, view, forPeople(refused), model);
        }
    }

    private String form(Location location, NewForm form, String error, Model model) {
        List<TeamMember> members = workplace.team(location.id());
        model.addAttribute("form", form);
        model.addAttribute("members", members);
        model.addAttribute("services", services.active(location.id()));
        model.addAttribute("error", error);
        return "admin/calendar-panels :: new";
    }

    private String panel(SessionUser user, Location location, long recordId, String view, String error, Model model) {
        AppointmentRow a = row(user, location, recordId);
        AppointmentStatus status = AppointmentStatus.fromDb(a.status());
        model.addAttribute("a", a);
        model.addAttribute("view", view);
        model.addAttribute(
                "moves", MOVES.stream().filter(t -> t.allowedFrom(status)).toList());
        model.addAttribute("members", workplace.team(location.id()));
        model.addAttribute("mayEdit", workplace.holds(user, location.id(), Right.EDIT_RECORDS));
        model.addAttribute("mayDelete", mayDelete(user, location.id(), a));
        model.addAttribute("error", error);
        return "admin/calendar-panels :: appointment";
    }

    /** Whether the Delete button is offered: the rights to delete this appointment, paid or attended as it is. */
    private boolean mayDelete(SessionUser user, long locationId, AppointmentRow a) {
        return workplace.holds(user, locationId, Right.DELETE_RECORDS)
                && (deletions.paidAmong(locationId, List.of(a.id())).isEmpty()
                        || workplace.holds(user, locationId, Right.DELETE_PAID_RECORDS))
                && (!a.attended() || workplace.holds(user, locationId, Right.DELETE_ARRIVED_RECORDS));
    }

    private AppointmentRow row(SessionUser user, Location location, long recordId) {
        return rows.of(
                location.chainId(),
                queries.find(user.caller(), location.id(), recordId, RecordViews.Include.NONE)
                        .orElseThrow(() -> ApiException.notFound("Appointment")));
    }

    /** The booking layer's refusal without its hint to API clients (the page offers no overbooking). */
    private static String forPeople(ApiException refused) {
        if (refused.errors() instanceof java.util.Map<?, ?> fields && !fields.isEmpty()) {
            // A field refusal says what is wrong in its messages, not in the envelope's message.
            return fields.values().stream()
                    .flatMap(messages -> ((java.util.Collection<?>) messages).stream())
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        return refused.getMessage().replaceFirst(" \\(send save_if_busy[^)]*\\)$", "");
    }

    /** Success: htmx loads the calendar again, on the appointment's day with it open. */
    private static String reload(
            HttpServletResponse response, long locationId, LocalDate date, String view, long staffId, Long open) {
        String url = "/admin/locations/" + locationId + "/calendar?date=" + date + "&view="
                + ("week".equals(view) ? "week" : "day") + ("week".equals(view) ? "&staff_id=" + staffId : "")
                + (open == null ? "" : "&open=" + open);
        response.setHeader("HX-Redirect", url);
        return "admin/calendar-panels :: done";
    }
}
