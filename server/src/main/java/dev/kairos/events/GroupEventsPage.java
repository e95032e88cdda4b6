package dev.kairos.events;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.booking.Transition;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.staffbooking.Lifecycle;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The group events pages ({@code /admin/locations/{id}/events}): the upcoming events with their
 * seats, a form to create one, and per event a form to change it, cancel it, and its attendees
 * (added by a client found by name or phone or a new one, removed, marked arrived). A refused form
 * is shown again as it was typed, with the reasons beside it.
 */
@Controller
class GroupEventsPage {

    private static final String PATH = "/admin/locations/{locationId}/events";

    private final GroupEvents events;
    private final EventBooking seats;
    private final Lifecycle lifecycle;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    GroupEventsPage(
            GroupEvents events,
            EventBooking seats,
            Lifecycle lifecycle,
            Locations locations,
            Access access,
            MessageSource messages) {
        this.events = events;
        this.seats = seats;
        this.lifecycle = lifecycle;
        this.locations = locations;
        this.access = access;
        this.messages = messages;
    }

    /** The event form as typed: every field as text, so that a refused form shows what was typed. */
    record Form(
            String date,
            String time,
            String serviceId,
            String staffId,
            String resourceInstanceId,
            String capacity,
            String minutes,
            String price,
            String comment) {

        static Form of(EventWire.View e) {
            return new Form(
                    e.date().substring(0, 10),
                    e.date().substring(11, 16),
                    String.valueOf(e.serviceId()),
                    e.staffId() == 0 ? "" : String.valueOf(e.staffId()),
                    e.resourceInstanceIds().isEmpty()
                            ? ""
                            : String.valueOf(e.resourceInstanceIds().get(0)),
                    String.valueOf(e.capacity()),
                    String.valueOf(e.length() / 60),
                    e.price() == null ? "" : e.price().toPlainString(),
                    e.comment());
        }

        static Form blank() {
            return new Form("", "", "", "", "", "10", "", "", "");
        }

        /** The body the API would get; fields that are not numbers are added to {@code problems}. */
        EventWire.Body body(Map<String, List<Fault>> problems) {
            String when = blank(date) ? null : date.strip() + " " + (blank(time) ? "" : time.strip());
            if (when == null || blank(time)) {
                problems.put("date", List.of(Fault.required()));
            }
            Integer length = number(minutes, "length", problems);
            return new EventWire.Body(
                    when == null || blank(time) ? null : when + (time.strip().length() == 5 ? ":00" : ""),
                    null,
                    id(serviceId, "service_id", problems),
                    blank(staffId) ? 0L : id(staffId, "staff_id", problems),
                    blank(resourceInstanceId) ? 0L : id(resourceInstanceId, "resource_instance_id", problems),
                    null,
                    number(capacity, "capacity", problems),
                    length == null ? null : length * 60,
                    decimal(price, problems),
                    comment == null ? "" : comment);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static Long id(String value, String field, Map<String, List<Fault>> problems) {
            return parsed(value, field, Fault.of("fault.not-a-choice", "is not a choice"), Long::valueOf, problems);
        }

        private static Integer number(String value, String field, Map<String, List<Fault>> problems) {
            return parsed(value, field, Fault.wholeNumber(), Integer::valueOf, problems);
        }

        private static BigDecimal decimal(String value, Map<String, List<Fault>> problems) {
            return parsed(
                    value == null ? null : value.replace(',', '.'),
                    "price",
                    Fault.of("fault.number", "must be a number"),
                    BigDecimal::new,
                    problems);
        }

        /** The value read by {@code parse}; null when blank, or when unreadable (then the field is at fault). */
        private static <T> T parsed(
                String value,
                String field,
                Fault fault,
                java.util.function.Function<String, T> parse,
                Map<String, List<Fault>> problems) {
            if (blank(value)) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                problems.put(field, List.of(fault));
                return null;
            }
        }
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return showList(user, locationId, Form.blank(), Map.of(), model);
    }

    @PostMapping(PATH)
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @ModelAttribute Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        GroupEvents.Outcome outcome = submitted(form, body -> events.create(user.caller(), locationId, body));
        if (outcome instanceof GroupEvents.Outcome.Saved saved) {
            redirect.addFlashAttribute("notice", "events.notice.created");
            redirect.addFlashAttribute("noticeTitle", saved.event().service().title());
            return "redirect:/admin/locations/" + locationId + "/events/"
                    + saved.event().id();
        }
        response.setStatus(422);
        return showList(user, locationId, form, faults(((GroupEvents.Outcome.Refused) outcome).refusal()), model);
    }

    @GetMapping(PATH + "/{eventId}")
    String event(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long eventId,
            @RequestParam(name = "q", required = false) String query,
            Model model) {
        return showEvent(user, locationId, eventId, null, Map.of(), query, model);
    }

    @PostMapping(PATH + "/{eventId}")
    String update(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long eventId,
            @ModelAttribute Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        GroupEvents.Outcome outcome = submitted(form, body -> events.update(user.caller(), locationId, eventId, body));
        if (outcome instanceof GroupEvents.Outcome.Saved) {
            return done(redirect, locationId, eventId, "events.notice.saved");
        }
        response.setStatus(422);
        return showEvent(
                user,
                locationId,
                eventId,
                form,
                faults(((GroupEvents.Outcome.Refused) outcome).refusal()),
                null,
                model);
    }

    @PostMapping(PATH + "/{eventId}/cancel")
    String cancel(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long eventId,
            RedirectAttributes redirect) {
        GroupEvents.Outcome outcome = events.cancel(user.caller(), locationId, eventId);
        if (outcome instanceof GroupEvents.Outcome.Refused refused) {
            throw ApiException.notFound("Event");
        }
        redirect.addFlashAttribute("notice", "events.notice.cancelled");
        return "redirect:/admin/locations/" + locationId + "/events";
    }

    @PostMapping(PATH + "/{eventId}/attendees")
    String addAttendee(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long eventId,
            @RequestParam(name = "client_id", required = false) Long clientId,
            @RequestParam(defaultValue = "") String fullname,
            @RequestParam(defaultValue = "") String phone,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        EventBooking.Outcome outcome = seats.take(
                user.caller(),
                locationId,
                eventId,
                new EventBooking.Seat(clientId, fullname, phone, null, 1, ""),
                false);
        if (outcome instanceof EventBooking.Outcome.Booked) {
            return done(redirect, locationId, eventId, "events.notice.added");
        }
        response.setStatus(422);
        Refusal refusal = ((EventBooking.Outcome.Refused) outcome).refusal();
        model.addAttribute("attendeeName", fullname);
        model.addAttribute("attendeePhone", phone);
        model.addAttribute("attendeeErrors", refusal.fieldsIn(messages, LocaleContextHolder.getLocale()));
        model.addAttribute(
                "attendeeError",
                refusal.faults().isEmpty() ? refusal.messageIn(messages, LocaleContextHolder.getLocale()) : null);
        return showEvent(user, locationId, eventId, null, Map.of(), null, model);
    }

    @PostMapping(PATH + "/{eventId}/attendees/{recordId}/arrived")
    String arrived(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long eventId,
            @PathVariable long recordId,
            RedirectAttributes redirect) {
        attendee(user, locationId, eventId, recordId);
        lifecycle.apply(user.caller(), locationId, recordId, Transition.ARRIVE).orThrow();
        return done(redirect, locationId, eventId, "events.notice.arrived");
    }

    @PostMapping(PATH + "/{eventId}/attendees/{recordId}/remove")
    String remove(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long eventId,
            @PathVariable long recordId,
            RedirectAttributes redirect) {
        attendee(user, locationId, eventId, recordId);
        lifecycle.delete(user.caller(), locationId, recordId).orThrow();
        return done(redirect, locationId, eventId, "events.notice.removed");
    }

    private void attendee(SessionUser user, long locationId, long eventId, long recordId) {
        boolean seated =
                events.attendees(user.caller(), locationId, eventId).stream().anyMatch(a -> a.recordId() == recordId);
        if (!seated) {
            throw ApiException.notFound("Attendee");
        }
    }

    /** The form's change, or its unreadable fields refused before the rules are asked. */
    private static GroupEvents.Outcome submitted(
            Form form, java.util.function.Function<EventWire.Body, GroupEvents.Outcome> save) {
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        EventWire.Body body = form.body(problems);
        return problems.isEmpty() ? save.apply(body) : new GroupEvents.Outcome.Refused(Refusal.invalidFaults(problems));
    }

    private static String done(RedirectAttributes redirect, long locationId, long eventId, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/locations/" + locationId + "/events/" + eventId;
    }

    /** The fields at fault, in the person's language; a refusal without fields is shown under {@code _}. */
    private Map<String, List<String>> faults(Refusal refusal) {
        if (!refusal.faults().isEmpty()) {
            return refusal.fieldsIn(messages, LocaleContextHolder.getLocale());
        }
        return Map.of("_", List.of(refusal.messageIn(messages, LocaleContextHolder.getLocale())));
    }

    private String showList(
            SessionUser user, long locationId, Form form, Map<String, List<String>> errors, Model model) {
        Location location = common(user, locationId, model);
        LocalDate today = LocalDate.now(location.zone());
        model.addAttribute("events", events.list(user.caller(), locationId, today, today.plusDays(90)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "events/list";
    }

    private String showEvent(
            SessionUser user,
            long locationId,
            long eventId,
            Form form,
            Map<String, List<String>> errors,
            String query,
            Model model) {
        common(user, locationId, model);
        EventWire.View event =
                events.find(user.caller(), locationId, eventId).orElseThrow(() -> ApiException.notFound("Event"));
        model.addAttribute("event", event);
        model.addAttribute("form", form != null ? form : Form.of(event));
        model.addAttribute("errors", errors);
        model.addAttribute("attendees", events.attendees(user.caller(), locationId, eventId));
        model.addAttribute("q", query == null ? "" : query);
        if (!model.containsAttribute("attendeeErrors")) {
            model.addAttribute("attendeeErrors", Map.of());
        }
        model.addAttribute(
                "matches",
                query != null && access.holds(user.caller(), locationId, Right.VIEW_CLIENTS)
                        ? events.findClients(user.caller(), locationId, query)
                        : List.of());
        return "events/event";
    }

    private Location common(SessionUser user, long locationId, Model model) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        access.require(user.caller(), locationId, Right.VIEW_RECORDS);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "events");
        model.addAttribute("choices", events.choices(locationId));
        return location;
    }
}
