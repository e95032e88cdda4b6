package dev.kairos.availability;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.directory.Locations;
import dev.kairos.engine.Slot;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import dev.kairos.wire.WireTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    @Operation(
            summary = "The services a client can book online, with their categories",
            responses =
                    @ApiResponse(
                            useReturnTypeSchema = true,
                            responseCode = "200",
                            content = @Content(examples = @ExampleObject("""
                                            {"success": true, "data": {"events": [], "services": [{"id": 12,
                                             "title": "Haircut", "category_id": 3, "price_min": 30, "price_max": 45,
                                             "discount": 0, "comment": "", "weight": 0, "active": 1, "sex": 0,
                                             "image": "", "prepaid": "forbidden", "duration": 3600,
                                             "booking_type": "instant", "requires_staff": true,
                                             "customer_must_select_staff": false}],
                                             "category": [{"id": 3, "title": "Hair"}],
                                             "categories": [{"id": 3, "title": "Hair"}]}, "meta": []}"""))))
    Envelope<Map<String, Object>> services(Caller caller, @PathVariable long locationId, HttpServletRequest http) {
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
        List<Map<String, Object>> out = services.stream()
                .map(s -> OnlineViews.service(s, staffId == 0 ? null : staffId))
                .toList();
        List<Long> categoryIds = services.stream()
                .map(ServiceRules::categoryId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        List<Map<String, Object>> categories = catalog.categories(locationId, categoryIds);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("events", List.of());
        data.put("services", out);
        data.put("category", categories);
        data.put("categories", categories);
        return Envelope.of(data);
    }

    @GetMapping("/book_staff/{locationId}")
    Envelope<List<Map<String, Object>>> staff(Caller caller, @PathVariable long locationId, HttpServletRequest http) {
        access.requirePartner(caller, locationId);
        QueryParams q = new QueryParams(http);
        Instant now = clock.instant();
        Offer offer = search.window(locationId, q.longs("service_ids"), 0, null);
        Instant at = datetime(q, offer);
        LocalDate today = today(offer, now);
        int window = offer.location().maxAdvanceDays() + 1;
        Map<Long, Map<String, Object>> views = catalog.staff(offer.teamMembers());
        List<Map<String, Object>> out = new ArrayList<>();
        views.forEach((id, view) -> {
            if (!offer.performs(id)) {
                return;
            }
            var nearest = availability.nearestDate(offer, id, today, Math.min(window, MAX_RANGE_DAYS));
            boolean bookable = at != null ? availability.check(offer, id, at).isBookable() : nearest.isPresent();
            view.put("bookable", bookable);
            view.put("seance_date", bookable ? nearest.map(LocalDate::toString).orElse(null) : null);
            view.put("seances", List.of());
            out.add(view);
        });
        return Envelope.of(out);
    }

    @GetMapping("/book_dates/{locationId}")
    Envelope<Map<String, Object>> dates(Caller caller, @PathVariable long locationId, HttpServletRequest http) {
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
        List<LocalDate> booking = availability.datesWithSlots(offer, from, to);
        List<LocalDate> working = availability.workingDates(offer, from, to);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("booking_days", byMonth(booking));
        data.put("booking_dates", booking.stream().map(LocalDate::toString).toList());
        data.put("working_days", byMonth(working));
        data.put("working_dates", working.stream().map(LocalDate::toString).toList());
        return Envelope.of(data);
    }

    @GetMapping("/book_times/{locationId}/{staffId}/{date}")
    @Operation(
            summary = "The start times free on a day (staff 0: any team member)",
            responses =
                    @ApiResponse(
                            useReturnTypeSchema = true,
                            responseCode = "200",
                            content = @Content(examples = @ExampleObject("""
                                            {"success": true, "data": [{"time": "10:00", "seance_length": 3600,
                                             "sum_length": 3600, "datetime": "2026-03-02T10:00:00+01:00"},
                                             {"time": "11:00", "seance_length": 3600, "sum_length": 3600,
                                             "datetime": "2026-03-02T11:00:00+01:00"}], "meta": []}"""))))
    Envelope<List<Map<String, Object>>> times(
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
        List<Slot> slots = SlotView.distinctStarts(availability.slots(offer, day));
        return Envelope.of(
                slots.stream().map(s -> SlotView.altegio(s, offer.zone())).toList());
    }

    @GetMapping("/book_staff_seances/{locationId}/{staffId}")
    Envelope<Map<String, Object>> seances(
            Caller caller, @PathVariable long locationId, @PathVariable long staffId, HttpServletRequest http) {
        access.requirePartner(caller, locationId);
        QueryParams q = new QueryParams(http);
        Instant now = clock.instant();
        Offer offer = search.window(locationId, q.longs("service_ids"), staffId, null);
        Instant at = datetime(q, offer);
        LocalDate from = at != null ? at.atZone(offer.zone()).toLocalDate() : today(offer, now);
        int window = Math.min(offer.location().maxAdvanceDays() + 1, MAX_RANGE_DAYS);
        LocalDate date = availability.nearestDate(offer, staffId, from, window).orElse(null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("seance_date", date == null ? null : date.toString());
        data.put(
                "seances",
                date == null
                        ? List.of()
                        : SlotView.distinctStarts(availability.slots(offer, date)).stream()
                                .map(s -> SlotView.altegio(s, offer.zone()))
                                .toList());
        return Envelope.of(data);
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

    private static Map<String, List<String>> byMonth(List<LocalDate> dates) {
        Map<Integer, List<String>> months = new TreeMap<>();
        dates.forEach(d -> months.computeIfAbsent(d.getMonthValue(), m -> new ArrayList<>())
                .add(String.valueOf(d.getDayOfMonth())));
        Map<String, List<String>> result = new LinkedHashMap<>();
        months.forEach((month, days) -> result.put(String.valueOf(month), days));
        return result;
    }
}
