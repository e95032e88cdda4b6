/** The availability engine: computes bookable slots from schedules, rules and busy time, with no I/O. */
package dev.kairos.engine;
