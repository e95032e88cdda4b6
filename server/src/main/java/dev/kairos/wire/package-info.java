/**
 * The values of the Altegio v1 wire that are not HTTP: its date and time formats, its query
 * strings and its paging. Reading a bad value refuses it as a {@link dev.kairos.refusal.Refusal}.
 */
package dev.kairos.wire;
