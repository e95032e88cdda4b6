package dev.kairos.footfall;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.clients.Clients;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk's walk-in visits ({@code /admin/locations/{id}/walk-ins}): record a visit, with a
 * client (found or created by phone) or without, linked to one of the day's queue tickets or
 * appointments if it belongs to one, and the day's visits below.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/walk-ins")
class WalkInDesk {

    private final WalkInVisits visits;
    private final DayChoices day;
    private final Clients clients;
    private final Locations locations;
    private final Access access;
    private final Clock clock;
    private final MessageSource messages;

    WalkInDesk(
            WalkInVisits visits,
            DayChoices day,
            Clients clients,
            Locations locations,
            Access access,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.visits = visits;
        this.day = day;
        this.clients = clients;
        this.locations = locations;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "date", required = false) String date,
            Model model) {
        access.require(user.caller(), locationId, Right.VIEW_RECORDS);
        Location location = location(locationId);
        LocalDate today = clock.instant().atZone(location.zone()).toLocalDate();
        LocalDate shown = parse(date, today);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "walk-ins");
        model.addAttribute("date", shown);
        model.addAttribute("today", shown.equals(today));
        model.addAttribute("visits", day.visits(locationId, shown, location.zone()));
        model.addAttribute("tickets", day.tickets(locationId, today));
        model.addAttribute("appointments", day.appointments(locationId, today, location.zone()));
        return "footfall/desk";
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(name = "phone", required = false) String phone,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "queue_ticket_id", required = false) Long ticket,
            @RequestParam(name = "appointment_id", required = false) Long appointment,
            @RequestParam(name = "note", required = false) String note,
            RedirectAttributes flash) {
        access.require(user.caller(), locationId, Right.EDIT_RECORDS);
        Location location = location(locationId);
        try {
            Long client = client(user, location, phone, name);
            visits.record(
                    user.caller(), locationId, new WalkInVisits.VisitBody(client, ticket, appointment, note, null));
            flash.addFlashAttribute("notice", true);
        } catch (Refused refused) {
            flash.addFlashAttribute("error", refused.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/locations/" + locationId + "/walk-ins";
    }

    /** The client of the phone number, created with the name when new; null when no phone is given. */
    private Long client(SessionUser user, Location location, String phone, String name) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        PhoneNumber number = PhoneNumber.parse(phone, location.defaultRegion())
                .orElseThrow(() -> new Refused(
                        Refusal.invalid("phone", Fault.of("fault.phone", "is not a phone number we can read"))));
        try {
            return clients.findOrCreateIdByPhone(
                    user.caller(), location.chainId(), location.id(), number, name, null, null);
        } catch (IllegalArgumentException e) {
            throw new Refused(Refusal.invalid(
                    "name", Fault.of("fault.name-for-new-client", "is required for a client not known yet")));
        }
    }

    private Location location(long locationId) {
        return locations.find(locationId).orElseThrow(() -> new Refused(Refusal.notFound("Location")));
    }

    private static LocalDate parse(String date, LocalDate fallback) {
        try {
            return date == null || date.isBlank() ? fallback : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
