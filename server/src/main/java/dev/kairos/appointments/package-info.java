/** Reading appointments: the records API's list and record, their filter and search, the views the admin pages, exports and client cabinet show, and the words for statuses and sources. */
package dev.kairos.appointments;
