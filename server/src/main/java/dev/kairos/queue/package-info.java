/** The walk-in queue: tickets taken at the front desk or on a phone, called by team members and served as appointments. */
package dev.kairos.queue;
