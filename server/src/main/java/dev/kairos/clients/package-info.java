/** Clients of a location: their records, E.164 phone numbers, search and the Altegio clients API. */
package dev.kairos.clients;
