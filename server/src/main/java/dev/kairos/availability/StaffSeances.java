package dev.kairos.availability;

import java.util.List;

/**
 * The data of {@code book_staff_seances}: a team member's nearest date with free time and its starts.
 *
 * @param seanceDate the date, or null when there is none within the booking window
 */
record StaffSeances(String seanceDate, List<BookTime> seances) {}
