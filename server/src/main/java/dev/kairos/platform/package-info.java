/** Runtime plumbing: the database (embedded or external), the clock and start-up tasks. */
package dev.kairos.platform;
