/** Chains, locations and their hours, positions, team members, their schedules, and resources. */
package dev.kairos.directory;
