/** The waitlist: clients waiting for a time to free up, offered it in the order they joined, booked when they accept. */
package dev.kairos.waitlist;
