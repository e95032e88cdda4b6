package dev.kairos.directory;

/** A location as clients send it to {@code POST /companies} and {@code PUT /company/{id}}; absent fields keep their value. */
record LocationRequest(
        String title,
        String timezoneName,
        String timezone,
        String country,
        String city,
        String address,
        String phone,
        String site,
        String currency,
        String defaultRegion,
        Double coordinateLat,
        Double coordinateLon,
        Integer slotStepMinutes,
        Integer minLeadMinutes,
        Integer maxAdvanceDays,
        Boolean allowDeleteRecord,
        Integer allowDeleteRecordDelayStep,
        Boolean allowChangeRecord,
        Integer allowChangeRecordDelayStep,
        Boolean phoneConfirmation,
        String visitGrouping,
        Boolean active,
        String language) {

    /** A new location with its name, zone and address; every other setting takes its default. */
    static LocationRequest opening(String title, String zone, String country, String city, String address) {
        return new LocationRequest(
                title, zone, null, country, city, address, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
