/** Group events (Altegio's activities): blocks of a team member's and a room's time with seats, booked online or by staff, run from their admin pages. */
package dev.kairos.events;
