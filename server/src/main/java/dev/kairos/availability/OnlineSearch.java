package dev.kairos.availability;

import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TeamMembers;
import dev.kairos.engine.Slot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The online-booking questions in typed form, for clients other than the wire API (the public
 * booking page): the same services, team, dates and times that book_services, book_staff,
 * book_dates and book_times answer, under the same rules.
 */
@Service
public class OnlineSearch {

    /** The longest span one question may cover. */
    static final int MAX_RANGE_DAYS = 366;

    private final Availability availability;
    private final OnlineCatalog catalog;
    private final TeamMembers teamMembers;
    private final Clock clock;

    OnlineSearch(Availability availability, OnlineCatalog catalog, TeamMembers teamMembers, Clock clock) {
        this.availability = availability;
        this.catalog = catalog;
        this.teamMembers = teamMembers;
        this.clock = clock;
    }

    /** The services clients may book online at the location, in the catalog's order. */
    public List<ServiceRules> services(long locationId) {
        return availability.serviceRules(locationId, catalog.bookableServiceIds(locationId));
    }

    /**
     * The bookable team members who perform the service, in the location's order.
     *
     * @throws dev.kairos.refusal.Refused NOT_BOOKABLE (438) when the service is not bookable online
     */
    public List<TeamMember> staff(long locationId, long serviceId) {
        Offer offer = window(locationId, List.of(serviceId), 0, null);
        return teamMembers.findAll(offer.teamMembers()).stream()
                .filter(m -> offer.performs(m.id()))
                .toList();
    }

    /**
     * The dates in {@code from..to} (location-local, inclusive) with at least one free start.
     *
     * @param staffId a team member, or 0 for any
     * @param exclude an appointment whose own time counts as free (moving it), or null
     */
    public List<LocalDate> dates(
            long locationId, List<Long> serviceIds, long staffId, LocalDate from, LocalDate to, Long exclude) {
        Offer offer = availability.prepare(
                new AvailabilityQuery(locationId, serviceIds, staffId, from, to, true, exclude), clock.instant());
        return availability.datesWithSlots(offer, from, to);
    }

    /** The free starts on {@code date}, each once, earliest first. */
    public List<Slot> times(long locationId, List<Long> serviceIds, long staffId, LocalDate date, Long exclude) {
        Offer offer = availability.prepare(
                new AvailabilityQuery(locationId, serviceIds, staffId, date, date, true, exclude), clock.instant());
        return SlotView.distinctStarts(availability.slots(offer, date));
    }

    /** Today in the location's zone, and the last day of its online booking window. */
    public LocalDate[] bookingWindow(long locationId, List<Long> serviceIds) {
        Offer offer = window(locationId, serviceIds, 0, null);
        LocalDate today = clock.instant().atZone(offer.zone()).toLocalDate();
        return new LocalDate[] {today, today.plusDays(Math.min(maxAdvanceDays(offer), MAX_RANGE_DAYS - 1))};
    }

    /** An offer covering today through the end of the booking window. */
    Offer window(long locationId, List<Long> services, long staffId, Long exclude) {
        Instant now = clock.instant();
        LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Offer probe = availability.prepare(AvailabilityQuery.online(locationId, services, staffId, utc, utc), now);
        LocalDate today = now.atZone(probe.zone()).toLocalDate();
        LocalDate last = today.plusDays(Math.min(probe.location().maxAdvanceDays(), MAX_RANGE_DAYS - 1));
        return availability.prepare(
                new AvailabilityQuery(locationId, services, staffId, today, last, true, exclude), now);
    }

    /** The widest window of the services: a service may allow booking further ahead than its location. */
    private static int maxAdvanceDays(Offer offer) {
        return offer.services().stream()
                .map(ServiceRules::maxAdvanceDays)
                .filter(d -> d != null)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(offer.location().maxAdvanceDays());
    }
}
