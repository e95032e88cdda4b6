/**
 * The load benchmarks: an HTTP driver that seeds a database with 100,000 appointments and measures
 * a running Kairos over loopback, and a database-level driver that measures committing bookings
 * together without the server.
 */
package dev.kairos.bench.load;
