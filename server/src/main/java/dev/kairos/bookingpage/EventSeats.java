package dev.kairos.bookingpage;

import dev.kairos.directory.Location;
import dev.kairos.events.EventBooking;
import dev.kairos.events.EventWire;
import dev.kairos.events.GroupEvents;
import dev.kairos.refusal.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Group classes on the booking page: the location's events with seats left are listed on the
 * first step, and a client takes a seat here through the same code as {@code POST
 * /activity/{id}/{event}/book}.
 */
@Controller
@RequestMapping("/book/{locationId}/events")
class EventSeats {

    /** How far ahead the booking page lists group classes. */
    static final int DAYS_AHEAD = 60;

    private final PageContext pages;
    private final GroupEvents events;
    private final EventBooking seats;

    EventSeats(PageContext pages, GroupEvents events, EventBooking seats) {
        this.pages = pages;
        this.events = events;
        this.seats = seats;
    }

    /** A group class as the page shows it. */
    record Card(long id, String title, String when, String member, int seatsLeft, String price) {}

    /** The location's group classes with seats left, soonest first. */
    List<Card> cards(Location location) {
        LocalDate today = LocalDate.now(location.zone());
        return events.bookable(location.id(), today, today.plusDays(DAYS_AHEAD)).stream()
                .map(e -> card(location, e))
                .toList();
    }

    @GetMapping("/{eventId}")
    String show(@PathVariable long locationId, @PathVariable long eventId, Model model) {
        return form(locationId, eventId, "", "", "", Map.of(), model);
    }

    @PostMapping("/{eventId}")
    String book(
            @PathVariable long locationId,
            @PathVariable long eventId,
            @RequestParam(defaultValue = "") String fullname,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String email,
            Model model,
            HttpServletResponse response) {
        Location location = pages.location(locationId);
        EventBooking.Outcome outcome = seats.take(
                PageContext.caller(location),
                locationId,
                eventId,
                new EventBooking.Seat(null, fullname, phone, email, 1, ""),
                true);
        if (outcome instanceof EventBooking.Outcome.Booked) {
            model.addAttribute("location", location);
            model.addAttribute("step", 6);
            model.addAttribute("event", card(location, event(location, eventId)));
            return "book/event-booked";
        }
        response.setStatus(422);
        Refusal refusal = ((EventBooking.Outcome.Refused) outcome).refusal();
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        pages.fields(refusal).forEach((field, faults) -> errors.put(field, String.join("; ", faults)));
        if (errors.isEmpty()) {
            errors.put("form", pages.says(refusal));
        }
        return form(locationId, eventId, fullname, phone, email, errors, model);
    }

    private String form(
            long locationId,
            long eventId,
            String fullname,
            String phone,
            String email,
            Map<String, String> errors,
            Model model) {
        Location location = pages.location(locationId);
        model.addAttribute("location", location);
        model.addAttribute("step", 5);
        model.addAttribute("event", card(location, event(location, eventId)));
        model.addAttribute("fullname", fullname);
        model.addAttribute("phone", phone);
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "book/event";
    }

    private EventWire.View event(Location location, long eventId) {
        return events.find(PageContext.caller(location), location.id(), eventId)
                .filter(e -> !e.deleted())
                .orElseThrow(() -> Refusal.notFound("Event").exception());
    }

    private Card card(Location location, EventWire.View e) {
        return new Card(
                e.id(),
                e.service().title(),
                pages.when(OffsetDateTime.parse(e.datetime()).toInstant(), location.zone()),
                e.staff() == null ? "" : e.staff().name(),
                e.seatsLeft(),
                e.price() == null || e.price().signum() == 0
                        ? ""
                        : e.price().stripTrailingZeros().toPlainString() + " " + location.currency());
    }
}
