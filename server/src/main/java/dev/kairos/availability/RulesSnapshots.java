package dev.kairos.availability;

import dev.kairos.engine.LocalTimeWindow;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The locations' rules as last read, each with the location's {@code rules_version}: its zone,
 * hours and booking settings, its special days from shortly before the day it was read on, and
 * every service of it with its staff, hours and resources. The database bumps the version in
 * every transaction that changes any of these (migration V170), so a booking that reads the same
 * version inside its transaction, after its share locks, books against exactly these rules without
 * reading them again; on another version it reads them anew. Outside a transaction a snapshot may
 * be stale: whatever it lets through is re-checked against the version in the booking's.
 *
 * <p>Each process keeps its own; they agree through the version, which lives in the shared database.
 */
@Component
class RulesSnapshots {

    /** Special days are kept from this many days before the day a snapshot is read on. */
    private static final int DAYS_BEFORE = 2;

    private final Map<Long, Snapshot> byLocation = new ConcurrentHashMap<>();
    private final AvailabilityRepository repository;
    private final Clock clock;

    RulesSnapshots(AvailabilityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The location's snapshot as kept, read now when there is none; empty for an unknown or removed location. */
    Optional<Snapshot> current(long locationId) {
        Snapshot kept = byLocation.get(locationId);
        return kept != null ? Optional.of(kept) : read(locationId);
    }

    /**
     * The location's snapshot at {@code version}, as the caller's transaction has just read it,
     * or at a later one: the kept one if it is, else the rules read again (in the caller's
     * transaction). Call it only in a transaction that has not itself written rules, so that what
     * it keeps was committed.
     */
    Optional<Snapshot> at(long locationId, long version) {
        Snapshot kept = byLocation.get(locationId);
        return kept != null && kept.version() >= version ? Optional.of(kept) : read(locationId);
    }

    // The version is read in the same statement as the location and before the services: a
    // snapshot's rules are never older than its version, so an equal version later means that
    // nothing changed in between.
    private Optional<Snapshot> read(long locationId) {
        Optional<Snapshot> read =
                repository.snapshot(locationId, LocalDate.now(clock).minusDays(DAYS_BEFORE));
        if (read.isEmpty()) {
            byLocation.remove(locationId);
            return read;
        }
        // Of two readers at once, the later version stays.
        return Optional.of(byLocation.merge(
                locationId, read.get(), (old, fresh) -> fresh.version() >= old.version() ? fresh : old));
    }

    /**
     * A location's rules at one version.
     *
     * @param since the first day whose special days it holds (all of them from then on)
     * @param services every service of the location that is not removed, by id
     */
    record Snapshot(
            long version,
            long locationId,
            long chainId,
            ZoneId zone,
            Map<DayOfWeek, List<LocalTimeWindow>> weekly,
            NavigableMap<LocalDate, List<LocalTimeWindow>> special,
            LocalDate since,
            int slotStepMinutes,
            int minLeadMinutes,
            int maxAdvanceDays,
            Map<Long, ServiceRules> services) {

        Snapshot {
            weekly = Collections.unmodifiableMap(weekly);
            special = Collections.unmodifiableNavigableMap(special);
            services = Map.copyOf(services);
        }

        /** The same rules with {@code services} as the location's services. */
        Snapshot with(Map<Long, ServiceRules> services) {
            return new Snapshot(
                    version,
                    locationId,
                    chainId,
                    zone,
                    weekly,
                    special,
                    since,
                    slotStepMinutes,
                    minLeadMinutes,
                    maxAdvanceDays,
                    services);
        }

        /**
         * The location's rules with the special days in {@code from..to}, as the database read
         * gives them; empty when the snapshot does not hold that range's special days.
         */
        Optional<LocationRules> location(LocalDate from, LocalDate to) {
            if (from.isBefore(since)) {
                return Optional.empty();
            }
            return Optional.of(new LocationRules(
                    locationId,
                    chainId,
                    zone,
                    AvailabilityRepository.schedule(weekly, special.subMap(from, true, to, true)),
                    slotStepMinutes,
                    minLeadMinutes,
                    maxAdvanceDays));
        }

        /** The services among {@code ids} (unknown and removed ones left out), as the database read gives them. */
        List<ServiceRules> services(Collection<Long> ids) {
            List<ServiceRules> found = new ArrayList<>(ids.size());
            ids.stream().distinct().map(services::get).filter(Objects::nonNull).forEach(found::add);
            return found;
        }
    }
}
