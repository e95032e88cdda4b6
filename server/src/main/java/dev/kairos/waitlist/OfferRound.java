package dev.kairos.waitlist;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.kairos.availability.Availability;
import dev.kairos.availability.AvailabilityQuery;
import dev.kairos.availability.Offer;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.engine.BookingDecision;
import dev.kairos.notifications.OfferNotices;
import dev.kairos.refusal.Refused;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The offer job on db-scheduler (every {@code kairos.waitlist.interval}, on one node at a time):
 * offers whose hold ran out expire and give their time back, then each freed time goes to the
 * first active entry, in join order, that wants that day, time and team member and for which the
 * time is bookable now. The offer holds for {@code kairos.waitlist.offer-hold} (15 minutes).
 */
@Configuration
class OfferRound {

    static final String TASK = "waitlist-offers";

    /** How offer messages name their entry: this, the entry id, a colon and the time offered. */
    static final String REFERENCE = "waitlist-entry:";

    private static final int PER_RUN = 100;

    private final Entries entries;
    private final Openings openings;
    private final OfferNotices notices;
    private final Locations locations;
    private final Availability availability;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration hold;

    OfferRound(
            Entries entries,
            Openings openings,
            OfferNotices notices,
            Locations locations,
            Availability availability,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${kairos.waitlist.offer-hold:15m}") Duration hold) {
        this.entries = entries;
        this.openings = openings;
        this.notices = notices;
        this.locations = locations;
        this.availability = availability;
        this.transactions = transactions;
        this.clock = clock;
        this.hold = hold;
    }

    @Bean
    RecurringTask<Void> waitlistOffers(@Value("${kairos.waitlist.interval:5s}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> run());
    }

    void run() {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            for (Entry lapsed : entries.lapsed(now)) {
                entries.expired(lapsed.id(), now);
                openings.add(
                        lapsed.locationId(),
                        lapsed.offer().teamMemberId(),
                        lapsed.offer().start(),
                        lapsed.offer().start());
            }
        });
        for (int i = 0; i < PER_RUN; i++) {
            Boolean more = transactions.execute(tx -> {
                List<Openings.Opening> next = openings.pending(1);
                next.forEach(this::handOn);
                return !next.isEmpty();
            });
            if (!Boolean.TRUE.equals(more)) {
                return;
            }
        }
    }

    /**
     * Offers the opening to the first entry, in join order, that can take a start within it: the
     * opening's own start first, then every slot step after it while the service still fits.
     */
    private void handOn(Openings.Opening opening) {
        openings.handled(opening.id());
        Optional<Location> found = locations.find(opening.locationId());
        Instant now = clock.instant();
        if (found.isEmpty() || !opening.end().isAfter(now) && !opening.start().isAfter(now)) {
            return;
        }
        Location location = found.get();
        var day = opening.start().atZone(location.zone()).toLocalDate();
        for (Entry entry : entries.candidates(opening.locationId(), opening.teamMemberId(), day)) {
            Optional<Instant> start = firstStart(location, entry, opening, now);
            if (start.isPresent()) {
                entries.offer(entry.id(), start.get(), opening.teamMemberId(), now, now.plus(hold));
                tell(entry, opening.teamMemberId(), start.get(), now.plus(hold));
                return;
            }
        }
    }

    private Optional<Instant> firstStart(Location location, Entry entry, Openings.Opening opening, Instant now) {
        var day = opening.start().atZone(location.zone()).toLocalDate();
        Offer offer;
        try {
            offer = availability.prepare(
                    AvailabilityQuery.online(
                            location.id(), List.of(entry.serviceId()), opening.teamMemberId(), day, day),
                    now);
        } catch (Refused notBookable) {
            return Optional.empty();
        }
        Duration step = Duration.ofMinutes(Math.max(5, location.booking().slotStepMinutes()));
        for (Instant start = opening.start();
                start.equals(opening.start()) || start.isBefore(opening.end());
                start = start.plus(step)) {
            if (start.isAfter(now)
                    && start.atZone(location.zone()).toLocalDate().equals(day)
                    && within(entry.wish(), start.atZone(location.zone()).toLocalTime())
                    && availability.check(offer, opening.teamMemberId(), start) instanceof BookingDecision.Bookable) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    /** The client hears of the offer by email (and SMS when a gateway is set up), with the link to accept. */
    private void tell(Entry entry, long memberId, Instant start, Instant expiresAt) {
        Entries.Names names = entries.names(entry.serviceId(), memberId);
        notices.plan(new OfferNotices.OfferNotice(
                entry.locationId(),
                REFERENCE + entry.id() + ":" + start,
                entry.contact().name(),
                entry.contact().email(),
                entry.contact().phone(),
                names.service(),
                names.teamMember(),
                start,
                expiresAt,
                EntryView.link(entry)));
    }

    private static boolean within(Entry.Wish wish, LocalTime start) {
        return (wish.timeFrom() == null || !start.isBefore(wish.timeFrom()))
                && (wish.timeTo() == null || start.isBefore(wish.timeTo()));
    }
}
