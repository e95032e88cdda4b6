/** Footfall: visits the front desk records without an appointment, with or without a client, linked to a queue ticket or an appointment. */
package dev.kairos.footfall;
