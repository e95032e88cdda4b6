package dev.kairos.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes bookable slots. Stateless and thread-safe; every input, {@code now} included, comes
 * in the {@link AvailabilityRequest}.
 *
 * <p>A slot at start {@code s} for a team member whose services last {@code L} in total exists when:
 * {@code s} is on the slot grid of the location's opening hours; {@code s >= now + minLead} and its
 * local date is at most {@code maxAdvanceDays} after today; each service's segment lies in the
 * location's hours and the service's own hours; the member is working and not busy over
 * {@code [s - bufferBefore, s + L + bufferAfter)}; and each required resource has an instance free
 * during the services that need it. Buffers need not lie within opening hours.
 */
public final class AvailabilityEngine {

    private static final Comparator<Slot> SLOT_ORDER =
            Comparator.comparing(Slot::start).thenComparing(Slot::length);

    /** The slots starting on {@code date}, ordered by start, then length. */
    public List<Slot> slots(AvailabilityRequest request, LocalDate date) {
        return slots(request, DateRange.day(date));
    }

    /** The slots starting on each date of {@code dates}, ordered by start, then length. */
    public List<Slot> slots(AvailabilityRequest request, DateRange dates) {
        PreparedRequest prepared = PreparedRequest.of(request, dates);
        SlotFinder finder = new SlotFinder(prepared);
        List<Slot> slots = new ArrayList<>();
        forEachBookableStart(prepared, dates, start -> {
            finder.collect(start, slots);
            return true;
        });
        slots.sort(SLOT_ORDER);
        return slots;
    }

    /** The dates of {@code dates} with at least one slot, ascending (Altegio's book_dates). */
    public List<LocalDate> datesWithSlots(AvailabilityRequest request, DateRange dates) {
        PreparedRequest prepared = PreparedRequest.of(request, dates);
        SlotFinder finder = new SlotFinder(prepared);
        List<LocalDate> found = new ArrayList<>();
        for (LocalDate date : datesOf(dates)) {
            if (!forEachBookableStartOn(prepared, date, start -> !finder.hasSlot(start))) {
                found.add(date);
            }
        }
        return found;
    }

    /**
     * The dates of {@code dates} on which the location is open and, for services with staff, an
     * eligible member works during opening hours, booked up or not (Altegio's {@code working_dates}).
     */
    public List<LocalDate> workingDates(AvailabilityRequest request, DateRange dates) {
        PreparedRequest prepared = PreparedRequest.of(request, dates);
        Schedule opening = request.location().openingHours();
        List<LocalDate> working = new ArrayList<>();
        for (LocalDate date : datesOf(dates)) {
            IntervalSet open = prepared.zoneTime.resolve(opening, date, date);
            if (!open.isEmpty() && (!request.requiresStaff() || prepared.staff.anyoneWorksDuring(open))) {
                working.add(date);
            }
        }
        return working;
    }

    /**
     * The first date from {@code from} on, within {@code searchDays} days and the booking window,
     * that has a slot (Altegio's book_staff {@code seance_date}); ask with one member for theirs.
     */
    public Optional<LocalDate> nearestDateWithSlot(AvailabilityRequest request, LocalDate from, int searchDays) {
        LocalDate last = from.plusDays(searchDays - 1L);
        for (LocalDate chunk = from; !chunk.isAfter(last); chunk = chunk.plusDays(DateRange.MAX_DAYS)) {
            LocalDate chunkEnd = min(chunk.plusDays(DateRange.MAX_DAYS - 1L), last);
            List<LocalDate> dates = datesWithSlots(request, DateRange.of(chunk, chunkEnd));
            if (!dates.isEmpty()) {
                return Optional.of(dates.get(0));
            }
        }
        return Optional.empty();
    }

    /** Whether exactly {@code start} can be booked with the request's staff choice, and if not why. */
    public BookingDecision check(AvailabilityRequest request, Instant start) {
        return BookingChecker.check(request, start);
    }

    /** A visitor over slot starts; returning false stops the walk. */
    @FunctionalInterface
    interface StartVisitor {
        boolean visit(long start);
    }

    private static void forEachBookableStart(PreparedRequest prepared, DateRange dates, StartVisitor visitor) {
        for (LocalDate date : datesOf(dates)) {
            forEachBookableStartOn(prepared, date, visitor);
        }
    }

    /** Visits the grid starts of {@code date} inside the booking window; false if the visitor stopped. */
    static boolean forEachBookableStartOn(PreparedRequest prepared, LocalDate date, StartVisitor visitor) {
        if (!prepared.isBookableDate(date)) {
            return true;
        }
        prepared.grid.fill(date);
        for (int i = 0; i < prepared.grid.size(); i++) {
            long start = prepared.grid.start(i);
            if (start >= prepared.earliestStart && !visitor.visit(start)) {
                return false;
            }
        }
        return true;
    }

    private static List<LocalDate> datesOf(DateRange dates) {
        return dates.startInclusive()
                .datesUntil(dates.endInclusive().plusDays(1))
                .toList();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
