/** Shared web plumbing for the Altegio v1 wire format: envelope, errors, lenient parsing, limits. */
package dev.kairos.web;
