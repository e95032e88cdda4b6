package dev.kairos.availability;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMemberView;
import dev.kairos.engine.Slot;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import dev.kairos.wire.WireTime;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of Altegio's online booking (partner token only): book_services, book_staff,
 * book_dates, book_times and book_staff_seances.
 */
@RestController
@RequestMapping("/api/v1")
class OnlineAvailabilityController {

    private static final int MAX_RANGE_DAYS = OnlineSearch.MAX_RANGE_DAYS;

    private final Access access;
    private final Availability availability;
    private final OnlineCatalog catalog;
    private final OnlineSearch search;
    private final Locations locations;
    private final Clock clock;

    OnlineAvailabilityController(
            Access access,
            Availability availability,
            OnlineCatalog catalog,
            OnlineSearch search,
            Locations locations,
            Clock clock) {
        this.access = access;
        this.availability = availability;
        this.catalog = catalog;
        this.search = search;
        this.locations = locations;
        this.clock = clock;
    }

    @GetMapping("/book_services/{locationId}")
    @Operation(summary = "The services a client can book online, with their categories")
    Envelope<BookServices> services(Caller caller, @PathVariable long locationId, HttpServletRequest http) {
        access.requirePartner(caller, locationId);
        QueryParams q = new QueryParams(http);
        long staffId = q.longValue("staff_id") == null ? 0 : q.longValue("staff_id");
        List<Long> ids = catalog.bookableServiceIds(locationId);
        List<Long> wanted = q.longs("service_ids");
        if (!wanted.isEmpty()) {
            ids = ids.stream().filter(wanted::contains).toList();
        }
        List<ServiceRules> services = availability.serviceRules(locationId, ids).stream()
                .filter(s -> staffId == 0 || s.takes(staffId, true))
                .toList();
        String datetime = q.string("datetime");
        if (datetime != null) {
            services = bookableAt(locationId, services, staffId, datetime);
        }
        List<Long> categoryIds = services.stream()
                .map(ServiceRules::categoryId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return Envelope.of(BookServices.of(
                services.stream()
                        .map(s -> BookService.of(s, staffId == 0 ? null : staffId))
                        .toList(),
                catalog.categories(locationId, categoryIds)));
    }

    /**
     * A team member as {@code book_staff} lists it: the booking view, whether the member can be
     * booked (at {@code datetime}, or at all in the window), the nearest date with a free slot
     * when bookable, and Altegio's {@code seances}, always empty here.
     */
    record BookStaff(
            @JsonUnwrapped TeamMemberView.ForBooking staff,
            boolean bookable,
            String seanceDate,
            List<Object> seances) {}

    @GetMapping("/book_staff/{locationId}")
    Envelope<List<BookStaff>> staff(Caller caller, @PathVariable long locationId, HttpServletRequest http) {
        access.requirePartner(caller, locationId);
        QueryParams q = new QueryParams(http);
        Instant now = clock.instant();
        Offer offer = search.window(locationId, q.longs("service_ids"), 0, null);
        Instant at = datetime(q, offer);
        LocalDate today = today(offer, now);
        int window = offer.location().maxAdvanceDays() + 1;
        List<BookStaff> out = new ArrayList<>();
        catalog.staff(offer.teamMembers()).forEach((id, view) -> {
            if (!offer.performs(id)) {
                return;
            }
            var nearest = availability.nearestDate(offer, id, today, Math.min(window, MAX_RANGE_DAYS));
            boolean bookable = at != null ? availability.check(offer, id, at).isBookable() : nearest.isPresent();
            out.add(new BookStaff(
                    view, bookable, bookable ? nearest.map(LocalDate::toString).orElse(null) : null, List.of()));
        });
        return Envelope.of(out);
    }

    @GetMapping("/book_dates/{locationId}")
    Envelope<BookDates> dates(Caller caller, @PathVariable long locationId, HttpServletRequest http) {
        QueryParams q = new QueryParams(http);
        long staffId = q.longValue("staff_id") == null ? 0 : q.longValue("staff_id");
        LocalDate anchor = q.date("date");
        LocalDate from = q.date("date_from");
        LocalDate to = q.date("date_to");
        if (from == null || to == null) {
            LocalDate month = anchor != null ? anchor : LocalDate.now(clock);
            from = month.withDayOfMonth(1);
            to = month.withDayOfMonth(month.lengthOfMonth());
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw ApiException.invalid(
                    "date_to", "must be on or after date_from and within " + MAX_RANGE_DAYS + " days of it");
        }
        Offer offer = availability.prepare(
                new AvailabilityQuery(locationId, q.longs("service_ids"), staffId, from, to, true, null),
                clock.instant(),
                partnerOf(caller));
        return Envelope.of(
                BookDates.of(availability.datesWithSlots(offer, from, to), availability.workingDates(offer, from, to)));
    }

    @GetMapping("/book_times/{locationId}/{staffId}/{date}")
    @Operation(summary = "The start times free on a day (staff 0: any team member)")
    Envelope<List<BookTime>> times(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long staffId,
            @PathVariable String date,
            HttpServletRequest http) {
        LocalDate day = WireTime.parseDate("date", date);
        Offer offer = availability.prepare(
                AvailabilityQuery.online(locationId, new QueryParams(http).longs("service_ids"), staffId, day, day),
                clock.instant(),
                partnerOf(caller));
        return Envelope.of(starts(offer, day));
    }

    @GetMapping("/book_staff_seances/{locationId}/{staffId}")
    Envelope<StaffSeances> seances(
            Caller caller, @PathVariable long locationId, @PathVariable long staffId, HttpServletRequest http) {
        access.requirePartner(caller, locationId);
        QueryParams q = new QueryParams(http);
        Instant now = clock.instant();
        Offer offer = search.window(locationId, q.longs("service_ids"), staffId, null);
        Instant at = datetime(q, offer);
        LocalDate from = at != null ? at.atZone(offer.zone()).toLocalDate() : today(offer, now);
        int window = Math.min(offer.location().maxAdvanceDays() + 1, MAX_RANGE_DAYS);
        LocalDate date = availability.nearestDate(offer, staffId, from, window).orElse(null);
        return Envelope.of(
                date == null
                        ? new StaffSeances(null, List.of())
                        : new StaffSeances(date.toString(), starts(offer, date)));
    }

    /** The services that can start exactly at {@code datetime} (with {@code staffId}, or anyone). */
    private List<ServiceRules> bookableAt(long locationId, List<ServiceRules> services, long staffId, String datetime) {
        Instant now = clock.instant();
        java.time.ZoneId zone = locations
                .find(locationId)
                .orElseThrow(() -> ApiException.notFound("Location"))
                .zone();
        Instant at = WireTime.parseInstant("datetime", datetime, zone);
        LocalDate date = at.atZone(zone).toLocalDate();
        return services.stream()
                .filter(s -> {
                    Offer offer = availability.prepare(
                            AvailabilityQuery.online(locationId, List.of(s.id()), staffId, date, date), now);
                    return availability.check(offer, staffId, at).isBookable();
                })
                .toList();
    }

    /** The partner's access, decided on availability's own read of the location (no query of its own). */
    private LongConsumer partnerOf(Caller caller) {
        return chain -> access.requirePartnerOfChain(caller, chain);
    }

    private static LocalDate today(Offer offer, Instant now) {
        return now.atZone(offer.zone()).toLocalDate();
    }

    private static Instant datetime(QueryParams q, Offer offer) {
        String value = q.string("datetime");
        return value == null ? null : WireTime.parseInstant("datetime", value, offer.zone());
    }

    /** The starts of {@code date}, each once. */
    private List<BookTime> starts(Offer offer, LocalDate date) {
        List<Slot> slots = SlotView.distinctStarts(availability.slots(offer, date));
        List<BookTime> starts = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            starts.add(BookTime.of(slot, offer.zone()));
        }
        return starts;
    }
}
