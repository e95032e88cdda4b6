/** Altegio's online booking for clients: checking and booking times with idempotent retries, and the client's own reschedule and cancel by the record's hash. */
package dev.kairos.onlinebooking;
