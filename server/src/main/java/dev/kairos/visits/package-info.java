/** Visits and money: appointments grouped into visits, cash registers, payments and refunds per appointment. */
package dev.kairos.visits;
