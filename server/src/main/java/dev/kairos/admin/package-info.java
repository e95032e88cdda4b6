/** The admin pages front-desk staff work in: sign-in, location choice, the appointments overview and the calendar. */
package dev.kairos.admin;
