/** The HTTP load benchmark: seeds a database with 100,000 appointments and measures a running Kairos over loopback. */
package dev.kairos.bench.load;
