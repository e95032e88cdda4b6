package dev.kairos.admin;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.appointments.RecordQueries;
import dev.kairos.appointments.RecordViews;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.booking.Transition;
import dev.kairos.catalog.Service;
import dev.kairos.catalog.Services;
import dev.kairos.directory.Location;
import dev.kairos.directory.TeamMember;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.staffbooking.Deletions;
import dev.kairos.staffbooking.Lifecycle;
import dev.kairos.staffbooking.StaffBooking;
import dev.kairos.visits.Till;
import dev.kairos.web.ApiException;
import dev.kairos.wire.WireTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
            Transition.REJECT,
            Transition.CLIENT_CONFIRM,
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
    private final MessageSource messages;
    private final JsonMapper json;
    private final Till till;

    CalendarActions(
            Workplace workplace,
            RecordQueries queries,
            AppointmentRows rows,
            StaffBooking booking,
            Lifecycle lifecycle,
            Deletions deletions,
            Services services,
            MessageSource messages,
            JsonMapper json,
            Till till) {
        this.workplace = workplace;
        this.queries = queries;
        this.rows = rows;
        this.booking = booking;
        this.lifecycle = lifecycle;
        this.deletions = deletions;
        this.services = services;
        this.messages = messages;
        this.json = json;
        this.till = till;
    }

    /**
     * A request's form for a new appointment: what a click on an empty slot opens. It books either
     * an appointment (at least one service, and a client by name or phone) or blocked time (a reason
     * and a length); an empty form books nothing.
     *
     * @param blocked whether the form blocks time rather than booking a client
     * @param resourceInstanceId the room the form was opened on, held when it is free; null for any
     */
    record NewForm(
            long staffId,
            List<Long> serviceIds,
            String clientPhone,
            String clientName,
            LocalDate date,
            LocalTime time,
            String view,
            boolean blocked,
            String reason,
            int minutes,
            Long resourceInstanceId) {

        static final int DEFAULT_MINUTES = 60;

        /** The message keys of what is missing, in the form's order; empty when the form can be booked. */
        List<String> missing() {
            List<String> missing = new java.util.ArrayList<>();
            if (blocked) {
                if (reason.isBlank()) {
                    missing.add("panel.need-reason");
                }
                if (minutes < 5 || minutes > 720) {
                    missing.add("panel.minutes-range");
                }
            } else {
                if (serviceIds.isEmpty()) {
                    missing.add("panel.need-service");
                }
                if (clientPhone.isBlank() && clientName.isBlank()) {
                    missing.add("panel.need-client");
                }
            }
            return missing;
        }

        StaffBooking.Request request(java.time.Instant start) {
            return blocked
                    ? new StaffBooking.Request(
                            staffId, List.of(), "", "", start, minutes * 60L, reason.strip(), resourceInstanceId)
                    : new StaffBooking.Request(
                            staffId, serviceIds, clientPhone, clientName, start, null, null, resourceInstanceId);
        }
    }

    @GetMapping("/new")
    String newForm(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "staff_id", defaultValue = "0") long staffId,
            @RequestParam(name = "resource_instance_id", required = false) Long room,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
            @RequestParam(defaultValue = "day") String view,
            Model model) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        return form(
                location,
                new NewForm(
                        staffId,
                        List.of(),
                        "",
                        "",
                        start.toLocalDate(),
                        start.toLocalTime(),
                        view,
                        false,
                        "",
                        NewForm.DEFAULT_MINUTES,
                        room),
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
            @RequestParam(defaultValue = "appointment") String kind,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "" + NewForm.DEFAULT_MINUTES) int minutes,
            @RequestParam(name = "resource_instance_id", required = false) Long room,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        NewForm form = new NewForm(
                staffId,
                serviceIds == null ? List.of() : serviceIds,
                phone,
                name,
                date,
                time,
                view,
                kind.equals("blocked"),
                reason,
                minutes,
                room);
        List<String> missing = form.missing();
        if (!missing.isEmpty()) {
            model.addAttribute("missing", missing);
            return form(location, form, null, model);
        }
        StaffBooking.Outcome outcome;
        try {
            outcome = booking.create(
                    user.caller(),
                    locationId,
                    form.request(WireTime.atZone("time", date.atTime(time), location.zone())));
        } catch (Refused refused) {
            return form(location, form, forPeople(refused.refusal()), model);
        }
        if (outcome instanceof StaffBooking.Outcome.Refused refused) {
            return form(location, form, forPeople(refused.refusal()), model);
        }
        return reload(response, locationId, date, view, staffId, ((StaffBooking.Outcome.Saved) outcome).id());
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
        AppointmentRow before = row(user, location, recordId);
        java.util.Optional<String> unfit = before.staffId() == staffId
                ? java.util.Optional.empty()
                : notPerformed(location, staffId, before.serviceIds(), "panel.not-performed");
        if (unfit.isPresent()) {
            return panel(user, location, recordId, view, unfit.get(), model);
        }
        StaffBooking.Outcome outcome;
        try {
            outcome = booking.move(
                    user.caller(),
                    locationId,
                    recordId,
                    WireTime.atZone("time", date.atTime(time), location.zone()),
                    staffId);
        } catch (Refused refused) {
            return panel(user, location, recordId, view, notMoved(refused.refusal()), model);
        }
        if (outcome instanceof StaffBooking.Outcome.Refused refused) {
            return panel(user, location, recordId, view, notMoved(refused.refusal()), model);
        }
        return reload(response, locationId, date, view, staffId, recordId);
    }

    /**
     * Changes what the panel's details form holds, the comment and the appointment categories, and
     * keeps everything else; a refusal is shown in the panel.
     */
    @PostMapping("/appointments/{recordId}/details")
    String details(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(name = "label", required = false) List<Long> labels,
            @RequestParam(defaultValue = "day") String view,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        AppointmentRow before = row(user, location, recordId);
        ObjectNode body = json.createObjectNode();
        body.put("comment", comment);
        ArrayNode chosen = body.putArray("record_labels");
        (labels == null ? List.<Long>of() : labels).forEach(chosen::add);
        return change(user, location, before, body, view, model, response);
    }

    /** Takes a payment for the appointment, or a refund for a negative amount; a refusal is shown in the panel. */
    @PostMapping("/appointments/{recordId}/payments")
    String pay(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @RequestParam(name = "account_id", required = false) Long accountId,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "day") String view,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        AppointmentRow before = row(user, location, recordId);
        try {
            till.receive(user.caller(), locationId, recordId, accountId, money(amount, "amount"), comment);
            return reload(response, locationId, before.date(), view, before.staffId(), recordId);
        } catch (Refused refused) {
            return panel(user, location, recordId, view, forPeople(refused.refusal()), model);
        }
    }

    /** A service line as typed in the panel, kept when the change is refused. */
    record TypedLine(long id, String title, String firstCost, String discount) {}

    /**
     * Changes the appointment's services and their prices: each line's list price and discount,
     * lines removed, a service added. The length follows the services, as in {@code PUT /record};
     * a refusal (a wrong price, a service the member does not perform, a time taken by the longer
     * length) is shown in the panel with what was typed.
     */
    @PostMapping("/appointments/{recordId}/services")
    String services(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @RequestParam(name = "line", required = false) List<Long> lineIds,
            @RequestParam(name = "first_cost", required = false) List<String> firstCosts,
            @RequestParam(name = "discount", required = false) List<String> discounts,
            @RequestParam(name = "remove", required = false) List<Long> removed,
            @RequestParam(name = "add_service_id", defaultValue = "0") long added,
            @RequestParam(defaultValue = "day") String view,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        AppointmentRow before = row(user, location, recordId);
        List<Long> ids = lineIds == null ? List.of() : lineIds;
        if (firstCosts == null
                || discounts == null
                || firstCosts.size() != ids.size()
                || discounts.size() != ids.size()) {
            throw ApiException.badRequest("Each service line needs its price and discount");
        }
        Map<Long, String> titles = new java.util.HashMap<>();
        before.lines().forEach(l -> titles.put(l.id(), l.title()));
        services.findAll(locationId, added == 0 ? List.of() : List.of(added))
                .forEach(s -> titles.put(s.id(), s.title()));
        List<TypedLine> typed = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (removed == null || !removed.contains(ids.get(i))) {
                typed.add(new TypedLine(
                        ids.get(i),
                        titles.getOrDefault(ids.get(i), "#" + ids.get(i)),
                        firstCosts.get(i),
                        discounts.get(i)));
            }
        }
        if (added != 0) {
            if (!titles.containsKey(added)) {
                throw ApiException.notFound("Service");
            }
            typed.add(new TypedLine(added, titles.get(added), "", ""));
        }
        model.addAttribute("typedLines", typed);
        if (typed.isEmpty()) {
            return panel(user, location, recordId, view, message("panel.need-service"), model);
        }
        java.util.Optional<String> unfit = notPerformed(
                location, before.staffId(), typed.stream().map(TypedLine::id).toList(), "panel.not-performing");
        if (unfit.isPresent()) {
            return panel(user, location, recordId, view, unfit.get(), model);
        }
        ObjectNode body = json.createObjectNode();
        ArrayNode lines = body.putArray("services");
        for (TypedLine line : typed) {
            ObjectNode node = lines.addObject().put("id", line.id());
            try {
                if (!line.firstCost().isBlank()) {
                    node.put("first_cost", decimal(line.firstCost()));
                }
                if (!line.discount().isBlank()) {
                    node.put("discount", decimal(line.discount()));
                }
            } catch (NumberFormatException e) {
                return panel(user, location, recordId, view, message("panel.not-a-number"), model);
            }
        }
        return change(user, location, before, body, view, model, response);
    }

    /**
     * Gives the appointment another client, found by phone or made, as {@code PUT /record} does
     * with a {@code client} object; a refusal is shown in the panel with what was typed.
     */
    @PostMapping("/appointments/{recordId}/client")
    String client(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long recordId,
            @RequestParam(name = "client_phone", defaultValue = "") String phone,
            @RequestParam(name = "client_name", defaultValue = "") String name,
            @RequestParam(defaultValue = "day") String view,
            Model model,
            HttpServletResponse response) {
        Location location = workplace.open(user, locationId, Right.EDIT_RECORDS, model, "calendar");
        AppointmentRow before = row(user, location, recordId);
        model.addAttribute("typedClient", new String[] {phone, name});
        if (phone.isBlank()) {
            return panel(user, location, recordId, view, message("panel.need-phone"), model);
        }
        ObjectNode body = json.createObjectNode();
        body.putObject("client").put("phone", phone.strip()).put("name", name.strip());
        return change(user, location, before, body, view, model, response);
    }

    /** Applies a partial {@code PUT /record} body from a panel form: the calendar again on success, the refusal in the panel. */
    private String change(
            SessionUser user,
            Location location,
            AppointmentRow before,
            ObjectNode body,
            String view,
            Model model,
            HttpServletResponse response) {
        if (booking.update(user.caller(), location.id(), before.id(), body)
                instanceof StaffBooking.Outcome.Refused refused) {
            return panel(user, location, before.id(), view, forPeople(refused.refusal()), model);
        }
        return reload(response, location.id(), before.date(), view, before.staffId(), before.id());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The typed amount, a comma taken as the decimal point; null when it is no number (refused as required). */
    private static java.math.BigDecimal money(String typed, String field) {
        try {
            return typed.isBlank() ? null : decimal(typed);
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, Fault.of("fault.money-typed", "must be a number such as 25.50"))
                    .exception();
        }
    }

    /** A typed number, a comma taken as the decimal point. */
    private static java.math.BigDecimal decimal(String typed) {
        return new java.math.BigDecimal(typed.strip().replace(',', '.'));
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
        if (lifecycle.apply(user.caller(), locationId, recordId, move) instanceof Lifecycle.Outcome.Refused refused) {
            return panel(user, location, recordId, view, forPeople(refused.refusal()), model);
        }
        return reload(
                response,
                locationId,
                before.date(),
                view,
                before.staffId(),
                move == Transition.CANCEL ? null : recordId);
    }

    /**
     * Why the team member cannot take these services, for a move to another member or a change of
     * services; empty when they can (the booking layer then checks their time).
     */
    private java.util.Optional<String> notPerformed(
            Location location, long staffId, List<Long> serviceIds, String messageKey) {
        if (staffId == 0) {
            return java.util.Optional.empty();
        }
        List<String> unfit = services.findAll(location.id(), serviceIds).stream()
                .filter(service -> !service.performedBy(staffId))
                .map(Service::title)
                .toList();
        if (unfit.isEmpty()) {
            return java.util.Optional.empty();
        }
        String member = workplace.team(location.id()).stream()
                .filter(m -> m.id() == staffId)
                .map(TeamMember::name)
                .findFirst()
                .orElse("#" + staffId);
        return java.util.Optional.of(messages.getMessage(
                messageKey, new Object[] {member, String.join(", ", unfit)}, LocaleContextHolder.getLocale()));
    }

    private String form(Location location, NewForm form, String error, Model model) {
        List<TeamMember> members = workplace.team(location.id());
        model.addAttribute("form", form);
        model.addAttribute("members", members);
        if (form.resourceInstanceId() != null) {
            model.addAttribute(
                    "roomTitle",
                    workplace
                            .rooms(location.id())
                            .getOrDefault(form.resourceInstanceId(), "#" + form.resourceInstanceId()));
        }
        model.addAttribute("services", services.active(location.id()));
        model.addAttribute("error", error);
        return "admin/calendar-panels :: new";
    }

    private String panel(SessionUser user, Location location, long recordId, String view, String error, Model model) {
        AppointmentRow a = row(user, location, recordId);
        model.addAttribute("labelIds", a.labelIds());
        AppointmentStatus status = AppointmentStatus.fromDb(a.status());
        model.addAttribute("a", a);
        model.addAttribute("view", view);
        model.addAttribute(
                "moves", MOVES.stream().filter(t -> t.allowedFrom(status)).toList());
        model.addAttribute("members", workplace.team(location.id()));
        model.addAttribute("services", services.active(location.id()));
        model.addAttribute("labels", queries.labels(user.caller(), location.id()));
        if (workplace.holds(user, location.id(), Right.SEE_FINANCES)) {
            model.addAttribute("payments", till.payments(user.caller(), location.id(), recordId));
        }
        if (workplace.holds(user, location.id(), Right.EDIT_RECORDS)) {
            model.addAttribute("registers", till.registers(user.caller(), location.id()));
        }
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
        return rows.of(location.chainId(), record(user, location, recordId));
    }

    private RecordViews.Appointment record(SessionUser user, Location location, long recordId) {
        return queries.find(user.caller(), location.id(), recordId)
                .orElseThrow(() -> ApiException.notFound("Appointment"));
    }

    /** "Not moved: " and why, in the person's language. */
    private String notMoved(Refusal refusal) {
        return messages.getMessage(
                "panel.not-moved", new Object[] {forPeople(refusal)}, LocaleContextHolder.getLocale());
    }

    /**
     * The booking layer's refusal without its hint to API clients (the page offers no overbooking),
     * its field reasons in the person's language.
     */
    private String forPeople(Refusal refusal) {
        var fields = refusal.fieldsIn(messages, LocaleContextHolder.getLocale());
        if (!fields.isEmpty()) {
            // A field refusal says what is wrong in its messages, not in the envelope's message.
            return fields.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.joining("; "));
        }
        return refusal.messageIn(messages, LocaleContextHolder.getLocale())
                .replaceFirst(" \\(send save_if_busy[^)]*\\)$", "");
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
