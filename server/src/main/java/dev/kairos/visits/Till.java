package dev.kairos.visits;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.refusal.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The till as the admin pages use it: an appointment's payments, the location's accounts, and
 * taking or refunding money by the same rules and rights as the payments API.
 */
@Service
public class Till {

    private final Cashier cashier;
    private final Payments payments;
    private final CashRegisters registers;
    private final BookedAppointments appointments;
    private final Access access;

    Till(Cashier cashier, Payments payments, CashRegisters registers, BookedAppointments appointments, Access access) {
        this.cashier = cashier;
        this.payments = payments;
        this.registers = registers;
        this.appointments = appointments;
        this.access = access;
    }

    /** A payment (a positive amount) or refund (negative) of an appointment; a deleted one no longer counts. */
    public record Line(long id, String account, BigDecimal amount, String comment, Instant at, boolean deleted) {}

    /** An account money can go into. */
    public record Register(long id, String title, boolean cash) {}

    /** The appointment's payments and refunds, oldest first; needs the right to see finances. */
    @Transactional(readOnly = true)
    public List<Line> payments(Caller caller, long locationId, long appointmentId) {
        access.require(caller, locationId, Right.SEE_FINANCES);
        appointments.find(locationId, appointmentId).orElseThrow(() -> Refusal.notFound("Record")
                .exception());
        return payments.of(List.of(appointmentId)).stream()
                .map(p -> new Line(p.id(), p.account().title(), p.amount(), p.comment(), p.createdAt(), p.deleted()))
                .toList();
    }

    /** The location's accounts; needs the right to edit appointments. */
    @Transactional(readOnly = true)
    public List<Register> registers(Caller caller, long locationId) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        return registers.atLocation(locationId).stream()
                .map(a -> new Register(a.id(), a.title(), a.cash()))
                .toList();
    }

    /**
     * Receives {@code amount} for the appointment into the account, or refunds it when negative.
     *
     * @throws Refused 422 naming the field when the amount, the account or a rule refuses it
     */
    @Transactional
    public void receive(
            Caller caller, long locationId, long appointmentId, Long accountId, BigDecimal amount, String comment) {
        access.require(caller, locationId, Right.EDIT_RECORDS);
        Validation v = new Validation()
                .required(accountId, "account_id")
                .check(comment == null || comment.length() <= 1000, "comment", "is longer than 1000 characters");
        BigDecimal checked = Money.transfer(v, "amount", amount);
        v.orThrow();
        cashier.receive(caller, locationId, appointmentId, accountId, checked, comment);
    }
}
