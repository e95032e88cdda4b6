/** Why Kairos refuses a request, in business terms: a code (with Altegio's number where it has one), a message and the fields at fault; the web edge alone turns a refusal into HTTP. */
package dev.kairos.refusal;
