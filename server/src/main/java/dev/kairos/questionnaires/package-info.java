/** Questionnaires: a location's versioned intake forms, attached to services, and the answers each appointment was booked with. */
package dev.kairos.questionnaires;
