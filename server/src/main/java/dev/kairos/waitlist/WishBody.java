package dev.kairos.waitlist;

/**
 * What a client asks for when joining the waitlist ({@code POST .../waitlist}).
 *
 * @param teamMemberId null or 0 for any team member
 * @param dateFrom first day they can come, {@code YYYY-MM-DD}
 * @param dateTo last day they can come (inclusive); absent: the first day only
 * @param timeFrom earliest start, {@code HH:mm} local time; absent: from opening
 * @param timeTo the start must be before this, {@code HH:mm}; absent: until closing
 */
record WishBody(
        Long serviceId,
        Long teamMemberId,
        String dateFrom,
        String dateTo,
        String timeFrom,
        String timeTo,
        String name,
        String phone,
        String email) {}
