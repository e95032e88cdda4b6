package dev.kairos.bookingpage;

import dev.kairos.auth.Caller;
import dev.kairos.availability.ServiceRules;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TeamMembers;
import dev.kairos.web.ApiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What every booking page needs: its location, the public caller, and times as people read them. */
@Component
class PageContext {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Locations locations;
    private final TeamMembers teamMembers;

    PageContext(Locations locations, TeamMembers teamMembers) {
        this.locations = locations;
        this.teamMembers = teamMembers;
    }

    /**
     * The location of a booking page.
     *
     * @throws ApiException 404 for an unknown or removed location
     */
    Location location(long id) {
        return locations.find(id).orElseThrow(() -> ApiException.notFound("Location"));
    }

    /** The booking page acts as partner 0 (the public page), limited to the location's chain. */
    static Caller caller(Location location) {
        return new Caller(new Caller.Partner(0, location.chainId()), null);
    }

    /** The team member's name, or null for "any" (0) and unknown ids. */
    String memberName(Long id) {
        if (id == null || id == 0) {
            return null;
        }
        return teamMembers.findAll(List.of(id)).stream()
                .findFirst()
                .map(TeamMember::name)
                .orElse(null);
    }

    static Optional<ServiceRules> service(List<ServiceRules> services, long id) {
        return services.stream().filter(s -> s.id() == id).findFirst();
    }

    /** "Tuesday 14 October 2025 at 09:00", in the location's zone. */
    static String when(Instant start, ZoneId zone) {
        return DAY.format(start.atZone(zone)) + " at " + TIME.format(start.atZone(zone));
    }

    /** "45 min", "1 h", "1 h 30 min". */
    static String duration(int seconds) {
        int minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** "50 EUR", "50–80 EUR", or empty when there is no price. */
    static String price(ServiceRules s, String currency) {
        BigDecimal min = s.priceMin();
        BigDecimal max = s.priceMax();
        String unit = currency == null || currency.isBlank() ? "" : " " + currency;
        if (min == null || min.signum() == 0 && (max == null || max.signum() == 0)) {
            return "";
        }
        if (max == null || max.compareTo(min) == 0) {
            return min.stripTrailingZeros().toPlainString() + unit;
        }
        return min.stripTrailingZeros().toPlainString() + "–"
                + max.stripTrailingZeros().toPlainString() + unit;
    }

    /** The Altegio refusal code of an online-booking refusal (431 phone, 433 time taken, ...), or 0. */
    static int code(ApiException e) {
        if (e.errors() instanceof List<?> errors
                && !errors.isEmpty()
                && errors.get(0) instanceof java.util.Map<?, ?> error
                && error.get("code") instanceof Integer code) {
            return code;
        }
        return 0;
    }
}
