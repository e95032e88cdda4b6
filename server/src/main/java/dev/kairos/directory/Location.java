package dev.kairos.directory;

import java.time.ZoneId;
import java.util.List;

/**
 * A location (Altegio's company) with its zone and booking settings.
 *
 * @param language what the location's messages to clients are written in: one of {@link #LANGUAGES}
 */
public record Location(
        long id,
        long chainId,
        String title,
        ZoneId zone,
        String country,
        String city,
        String address,
        String phone,
        String site,
        String currency,
        String defaultRegion,
        Double coordinateLat,
        Double coordinateLon,
        BookingSettings booking,
        boolean active,
        String language) {

    /** The languages Kairos writes messages in (ISO 639-1). */
    public static final List<String> LANGUAGES = List.of("en", "de", "es");

    /**
     * How online booking and changes work at the location.
     *
     * @param slotStepMinutes slots start every this many minutes from opening
     * @param deleteDelaySeconds a client may cancel until this long before the start
     * @param changeDelaySeconds a client may reschedule until this long before the start
     */
    public record BookingSettings(
            int slotStepMinutes,
            int minLeadMinutes,
            int maxAdvanceDays,
            boolean allowDeleteRecord,
            int deleteDelaySeconds,
            boolean allowChangeRecord,
            int changeDelaySeconds,
            boolean phoneConfirmation,
            String visitGrouping) {}
}
