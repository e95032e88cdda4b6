package dev.kairos.directory;

import java.time.Instant;
import java.util.List;

/**
 * A location in the Altegio company shape, plus Kairos' booking settings.
 *
 * @param timezone the UTC offset in hours at the moment the view was made
 * @param active 1 when the location is open to booking, else 0
 */
public record LocationView(
        long id,
        String title,
        String publicTitle,
        long groupId,
        long mainGroupId,
        String country,
        String city,
        String address,
        String phone,
        List<String> phones,
        String site,
        double timezone,
        String timezoneName,
        String currencyShortTitle,
        String currency,
        String defaultRegion,
        Double coordinateLat,
        Double coordinateLon,
        boolean allowDeleteRecord,
        int allowDeleteRecordDelayStep,
        boolean allowChangeRecord,
        int allowChangeRecordDelayStep,
        boolean phoneConfirmation,
        int slotStepMinutes,
        int minLeadMinutes,
        int maxAdvanceDays,
        String visitGrouping,
        int active,
        String language) {

    /** The location as {@code GET /company/{id}} shows it; {@code now} picks the UTC offset shown as {@code timezone}. */
    public static LocationView of(Location l, Instant now) {
        Location.BookingSettings b = l.booking();
        return new LocationView(
                l.id(),
                l.title(),
                l.title(),
                l.chainId(),
                l.chainId(),
                l.country(),
                l.city(),
                l.address(),
                l.phone(),
                l.phone().isEmpty() ? List.of() : List.of(l.phone()),
                l.site(),
                l.zone().getRules().getOffset(now).getTotalSeconds() / 3600.0,
                l.zone().getId(),
                l.currency(),
                l.currency(),
                l.defaultRegion(),
                l.coordinateLat(),
                l.coordinateLon(),
                b.allowDeleteRecord(),
                b.deleteDelaySeconds(),
                b.allowChangeRecord(),
                b.changeDelaySeconds(),
                b.phoneConfirmation(),
                b.slotStepMinutes(),
                b.minLeadMinutes(),
                b.maxAdvanceDays(),
                b.visitGrouping(),
                l.active() ? 1 : 0,
                l.language());
    }
}
