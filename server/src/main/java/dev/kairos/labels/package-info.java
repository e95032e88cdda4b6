/** The labels a location sorts by: appointment categories (Altegio's record labels) and client tags. */
package dev.kairos.labels;
