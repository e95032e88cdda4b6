/** The activity log: who created, changed, cancelled, deleted or exported what, and when. */
package dev.kairos.audit;
