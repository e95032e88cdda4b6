package dev.kairos.bookingpage;

import dev.kairos.availability.OnlineSearch;
import dev.kairos.availability.ServiceRules;
import dev.kairos.directory.Location;
import dev.kairos.engine.Slot;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.waitlist.Waitlist;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steps of the booking page before the contact details: service, team member (or any), date
 * and time. Each step is a plain server-rendered page whose links carry the choices so far, and
 * each asks {@link OnlineSearch} exactly what the online booking API would answer.
 */
@Controller
@RequestMapping("/book/{locationId}")
class BookingSteps {

    private final PageContext pages;
    private final OnlineSearch search;
    private final QuestionsStep questions;
    private final Waitlist waitlist;
    private final EventSeats events;

    BookingSteps(
            PageContext pages, OnlineSearch search, QuestionsStep questions, Waitlist waitlist, EventSeats events) {
        this.waitlist = waitlist;
        this.events = events;
        this.pages = pages;
        this.search = search;
        this.questions = questions;
    }

    /** A bookable service on the first step. */
    record ServiceCard(
            long id, String title, String duration, String price, boolean needsApproval, boolean requiresStaff) {}

    /** A day of the month grid; {@code date} is null for the blanks before the first day. */
    record Day(LocalDate date, boolean free) {}

    /** A free start: {@code time} in epoch seconds, {@code label} the local clock time. */
    record Time(long time, String label) {}

    @GetMapping
    String services(@PathVariable long locationId, Model model) {
        Location location = start(locationId, model, 1);
        model.addAttribute(
                "services",
                search.services(locationId).stream()
                        .map(s -> new ServiceCard(
                                s.id(),
                                s.title(),
                                pages.duration(s.durationSeconds()),
                                pages.price(s, location.currency()),
                                s.needsApproval(),
                                s.requiresStaff()))
                        .toList());
        model.addAttribute("events", events.cards(location));
        return "book/services";
    }

    @GetMapping("/staff")
    String staff(@PathVariable long locationId, @RequestParam long service, Model model) {
        start(locationId, model, 2);
        ServiceRules chosen = service(locationId, service, model);
        if (!chosen.requiresStaff()) {
            return "redirect:/book/" + locationId + "/dates?service=" + service + "&staff=0";
        }
        model.addAttribute("staff", search.staff(locationId, service));
        model.addAttribute("anyAllowed", !chosen.customerMustSelectStaff());
        return "book/staff";
    }

    @GetMapping("/dates")
    String dates(
            @PathVariable long locationId,
            @RequestParam long service,
            @RequestParam(defaultValue = "0") long staff,
            @RequestParam(name = "month", required = false) String asked,
            Model model) {
        start(locationId, model, 3);
        choice(locationId, service, staff, model);
        LocalDate[] window = search.bookingWindow(locationId, List.of(service));
        YearMonth month = asked == null || asked.isBlank() ? null : YearMonth.parse(asked);
        YearMonth shown = month != null ? month : YearMonth.from(window[0]);
        List<LocalDate> free = free(locationId, service, staff, shown, window);
        for (int ahead = 0;
                month == null
                        && free.isEmpty()
                        && ahead < 2
                        && shown.atEndOfMonth().isBefore(window[1]);
                ahead++) {
            shown = shown.plusMonths(1);
            free = free(locationId, service, staff, shown, window);
        }
        month(model, shown, window, free, pages.month());
        return "book/dates";
    }

    @GetMapping("/times")
    String times(
            @PathVariable long locationId,
            @RequestParam long service,
            @RequestParam(defaultValue = "0") long staff,
            @RequestParam("date") String day,
            @RequestParam(required = false) String taken,
            Model model) {
        Location location = start(locationId, model, 4);
        LocalDate date = LocalDate.parse(day);
        choice(locationId, service, staff, model);
        List<Slot> slots = search.times(locationId, List.of(service), staff, date, null);
        model.addAttribute("date", date);
        model.addAttribute("dateLabel", pages.day().format(date));
        model.addAttribute("times", times(slots, pages.time()));
        model.addAttribute("taken", taken != null);
        model.addAttribute("zone", location.zone().getId());
        return "book/times";
    }

    @GetMapping("/details")
    String details(
            @PathVariable long locationId,
            @RequestParam long service,
            @RequestParam(defaultValue = "0") long staff,
            @RequestParam long time,
            Model model) {
        Location location = start(locationId, model, 5);
        choice(locationId, service, staff, model);
        if (!questions.asked(service).isEmpty()) {
            return questions.show(location, service, staff, time, Answers.NONE, List.of(), model);
        }
        model.addAttribute("answers", List.of());
        model.addAttribute(
                "form",
                ContactForm.empty(service, staff, time, UUID.randomUUID().toString()));
        model.addAttribute("when", pages.when(java.time.Instant.ofEpochSecond(time), location.zone()));
        return "book/details";
    }

    static List<Time> times(List<Slot> slots, DateTimeFormatter time) {
        return slots.stream()
                .map(s -> new Time(s.start().getEpochSecond(), time.format(s.localTime())))
                .toList();
    }

    /** What the month grid shows: its title, the neighbouring months inside the booking window, and the days. */
    static void month(Model model, YearMonth month, LocalDate[] window, List<LocalDate> free, DateTimeFormatter title) {
        model.addAttribute("monthTitle", title.format(month));
        model.addAttribute("previous", month.isAfter(YearMonth.from(window[0])) ? month.minusMonths(1) : null);
        model.addAttribute("next", month.isBefore(YearMonth.from(window[1])) ? month.plusMonths(1) : null);
        model.addAttribute("days", grid(month, free));
        model.addAttribute("anyFree", !free.isEmpty());
    }

    /** The part of the month inside the booking window, as {first, last}; last before first when none is. */
    static LocalDate[] within(YearMonth month, LocalDate[] window) {
        return new LocalDate[] {
            month.atDay(1).isBefore(window[0]) ? window[0] : month.atDay(1),
            month.atEndOfMonth().isAfter(window[1]) ? window[1] : month.atEndOfMonth()
        };
    }

    /** The month's days laid out Monday first, with blanks before the first. */
    static List<Day> grid(YearMonth month, List<LocalDate> free) {
        List<Day> days = new java.util.ArrayList<>();
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            days.add(new Day(null, false));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(new Day(month.atDay(d), free.contains(month.atDay(d))));
        }
        return days;
    }

    private List<LocalDate> free(long locationId, long service, long staff, YearMonth month, LocalDate[] window) {
        LocalDate[] span = within(month, window);
        return span[1].isBefore(span[0])
                ? List.of()
                : search.dates(locationId, List.of(service), staff, span[0], span[1], null);
    }

    private Location start(long locationId, Model model, int step) {
        Location location = pages.location(locationId);
        model.addAttribute("location", location);
        model.addAttribute("step", step);
        return location;
    }

    private ServiceRules service(long locationId, long serviceId, Model model) {
        ServiceRules service = PageContext.service(search.services(locationId), serviceId)
                .orElseThrow(() -> Refusal.of(
                                RefusalCode.NOT_BOOKABLE,
                                Fault.of("refusal.not-online", "The service is not available for online booking"))
                        .exception());
        model.addAttribute("service", service);
        model.addAttribute("serviceDuration", pages.duration(service.durationSeconds()));
        return service;
    }

    /** The service and team member chosen so far, for the summary above each step. */
    void choice(long locationId, long serviceId, long staffId, Model model) {
        ServiceRules service = service(locationId, serviceId, model);
        model.addAttribute("waitlist", waitlist.takes(locationId, serviceId));
        model.addAttribute("staffId", staffId);
        model.addAttribute("staffName", pages.memberName(staffId));
        model.addAttribute("staffStep", service.requiresStaff());
    }
}
