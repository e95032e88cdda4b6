/** Taking appointments: online booking, approvals, group events, and the guarantee of no double booking. */
package dev.kairos.booking;
