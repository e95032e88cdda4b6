/** The public booking page of each location, embeddable in any site: the online booking API's rules for people. */
package dev.kairos.bookingpage;
