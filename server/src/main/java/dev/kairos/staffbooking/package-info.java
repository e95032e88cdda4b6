/** Booking and changing appointments for staff and integrations: the records API's writes, the lifecycle moves, deletions, and booking for the walk-in queue and the waitlist. */
package dev.kairos.staffbooking;
