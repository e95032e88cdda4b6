package dev.kairos.bookingpage;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.auth.Caller;
import dev.kairos.availability.Availability;
import dev.kairos.availability.OnlineSearch;
import dev.kairos.availability.ServiceRules;
import dev.kairos.booking.BookingWire;
import dev.kairos.directory.Location;
import dev.kairos.onlinebooking.ClientChanges;
import dev.kairos.onlinebooking.OwnAppointment;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A client's private page for one appointment, reached by the link with its record hash (the
 * hash is the proof, as in the client cabinet API): see it, cancel it, or move it to another free
 * time, within the location's rules, through {@link ClientChanges}.
 */
@Controller
@RequestMapping("/book/{locationId}/appointments/{recordId}/{hash}")
class OwnBookingPage {

    private final PageContext pages;
    private final ClientChanges changes;
    private final Availability availability;
    private final OnlineSearch search;
    private final MessageSource messages;

    OwnBookingPage(
            PageContext pages,
            ClientChanges changes,
            Availability availability,
            OnlineSearch search,
            MessageSource messages) {
        this.messages = messages;
        this.pages = pages;
        this.changes = changes;
        this.availability = availability;
        this.search = search;
    }

    @GetMapping
    String show(@PathVariable long locationId, @PathVariable long recordId, @PathVariable String hash, Model model) {
        describe(locationId, recordId, hash, model);
        return "book/appointment";
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long locationId, @PathVariable long recordId, @PathVariable String hash, Model model) {
        Location location = pages.location(locationId);
        // The view first: it refuses another location's appointment, which cancel alone would not.
        changes.view(PageContext.caller(location), locationId, recordId, hash);
        try {
            changes.cancel(PageContext.caller(location), recordId, hash);
        } catch (Refused refused) {
            model.addAttribute("error", refused.refusal().messageIn(messages, PageContext.language()) + ".");
            return show(locationId, recordId, hash, model);
        }
        return "redirect:" + own(locationId, recordId, hash) + "?cancelled";
    }

    @GetMapping("/reschedule")
    String times(
            @PathVariable long locationId,
            @PathVariable long recordId,
            @PathVariable String hash,
            @RequestParam(name = "month", required = false) String asked,
            @RequestParam(name = "date", required = false) String day,
            @RequestParam(required = false) String taken,
            Model model) {
        OwnAppointment own = describe(locationId, recordId, hash, model);
        long staff = own.teamMemberId() == null ? 0 : own.teamMemberId();
        LocalDate[] window = search.bookingWindow(locationId, own.serviceIds());
        LocalDate date = day == null || day.isBlank() ? null : LocalDate.parse(day);
        YearMonth month = asked != null && !asked.isBlank()
                ? YearMonth.parse(asked)
                : YearMonth.from(date != null ? date : window[0]);
        LocalDate[] span = BookingSteps.within(month, window);
        List<LocalDate> free = span[1].isBefore(span[0])
                ? List.of()
                : search.dates(locationId, own.serviceIds(), staff, span[0], span[1], recordId);
        BookingSteps.month(model, month, window, free, pages.month());
        model.addAttribute("date", date);
        model.addAttribute("dateLabel", date == null ? null : pages.day().format(date));
        model.addAttribute(
                "times",
                date == null
                        ? List.of()
                        : BookingSteps.times(
                                search.times(locationId, own.serviceIds(), staff, date, recordId), pages.time()));
        model.addAttribute("taken", taken != null);
        return "book/reschedule";
    }

    @PostMapping("/reschedule")
    String move(
            @PathVariable long locationId,
            @PathVariable long recordId,
            @PathVariable String hash,
            @RequestParam long time,
            Model model) {
        Location location = pages.location(locationId);
        Caller caller = PageContext.caller(location);
        try {
            changes.reschedule(
                    caller, locationId, recordId, new BookingWire.Reschedule(String.valueOf(time), null, hash), hash);
        } catch (Refused refused) {
            if (refused.refusal().code() == RefusalCode.NOT_FOUND) {
                throw refused;
            }
            LocalDate date = Instant.ofEpochSecond(time).atZone(location.zone()).toLocalDate();
            return "redirect:" + own(locationId, recordId, hash) + "/reschedule?date=" + date + "&taken";
        }
        return "redirect:" + own(locationId, recordId, hash) + "?moved";
    }

    private OwnAppointment describe(long locationId, long recordId, String hash, Model model) {
        Location location = pages.location(locationId);
        OwnAppointment own = changes.view(PageContext.caller(location), locationId, recordId, hash);
        List<ServiceRules> services = availability.serviceRules(locationId, own.serviceIds());
        model.addAttribute("location", location);
        model.addAttribute("own", own);
        model.addAttribute("base", own(locationId, recordId, hash));
        model.addAttribute(
                "link",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(own(locationId, recordId, hash))
                        .toUriString());
        model.addAttribute(
                "services", services.stream().map(ServiceRules::title).toList());
        model.addAttribute("staffName", pages.memberName(own.teamMemberId()));
        model.addAttribute("when", pages.when(own.start(), location.zone()));
        model.addAttribute("duration", pages.duration((int)
                (own.end().getEpochSecond() - own.start().getEpochSecond())));
        model.addAttribute("state", state(own.status()));
        return own;
    }

    /** The status as the client reads it: "confirmed", "requested" (awaiting approval), "cancelled" or "declined". */
    private static String state(AppointmentStatus status) {
        return switch (status) {
            case REQUESTED -> "requested";
            case CANCELLED -> "cancelled";
            case REJECTED -> "declined";
            default -> "confirmed";
        };
    }

    private static String own(long locationId, long recordId, String hash) {
        return "/book/" + locationId + "/appointments/" + recordId + "/" + hash;
    }
}
