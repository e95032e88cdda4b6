/** Free time: loads what the engine needs from the database and serves the online-booking read API. */
package dev.kairos.availability;
