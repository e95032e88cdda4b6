/** Telling clients and staff what happened to an appointment: rules, planned messages, email and SMS, the delivery log. */
package dev.kairos.notifications;
