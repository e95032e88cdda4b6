/** Runtime plumbing: the database (embedded or external), the clock, background jobs and start-up tasks. */
package dev.kairos.platform;
