package dev.kairos.queue;

import dev.kairos.refusal.Refusal;

/** How a move of a ticket went: the ticket as it now is, or why it was refused. */
sealed interface Step {

    record Moved(Ticket ticket) implements Step {}

    record Refused(Refusal refusal) implements Step {}
}
