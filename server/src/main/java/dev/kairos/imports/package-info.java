/** Excel imports of appointments: upload, column mapping, validation of every row, and an all-or-nothing write with a per-row report. */
package dev.kairos.imports;
