package dev.kairos.visits;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes and gives back money for appointments. The rules: money goes into a live account of the
 * appointment's location; a cancelled or rejected appointment takes refunds only; and what was
 * paid for an appointment, less its refunds, never drops below zero, whether by a refund or by
 * deleting a payment. Each change is counted under the appointment's row lock and logged.
 */
@Service
class Cashier {

    private final Payments payments;
    private final CashRegisters registers;
    private final BookedAppointments appointments;
    private final ActivityLog activity;
    private final Clock clock;

    Cashier(
            Payments payments,
            CashRegisters registers,
            BookedAppointments appointments,
            ActivityLog activity,
            Clock clock) {
        this.payments = payments;
        this.registers = registers;
        this.appointments = appointments;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * Receives {@code amount} (or refunds it, when negative) for the appointment into the account.
     *
     * @param amount non-zero, with at most two decimals
     * @throws Refused 404 for an appointment not at the location, 422 when a rule refuses it
     */
    @Transactional
    Payment receive(
            Caller caller, long locationId, long appointmentId, long accountId, BigDecimal amount, String comment) {
        BookedAppointment appointment = locked(locationId, appointmentId);
        Account account = registers.find(locationId, accountId).orElseThrow(() -> Refusal.invalid(
                        "account_id", Fault.of("fault.payment.account-unknown", "is not an account of this location"))
                .exception());
        if (amount.signum() > 0 && appointment.deleted()) {
            throw Refusal.invalid(
                            "amount",
                            Fault.of(
                                    "fault.payment.refunds-only",
                                    "the appointment is " + appointment.status().dbName() + ": it takes refunds only",
                                    appointment.status().dbName()))
                    .exception();
        }
        BigDecimal paid = payments.paid(appointmentId);
        if (paid.add(amount).signum() < 0) {
            throw Refusal.invalid(
                            "amount",
                            Fault.of(
                                    "fault.payment.refund-too-large",
                                    "a refund can't exceed what was paid (" + paid.toPlainString() + ")",
                                    paid.toPlainString()))
                    .exception();
        }
        long id = payments.insert(new Payments.New(
                locationId,
                appointmentId,
                appointment.visitId(),
                account.id(),
                appointment.clientId(),
                amount,
                comment == null ? "" : comment.strip(),
                caller.userId(),
                clock.instant()));
        activity.record(
                locationId,
                caller,
                amount.signum() > 0 ? "paid" : "refunded",
                "payment",
                id,
                details(appointmentId, amount, account));
        return payments.find(locationId, id).orElseThrow();
    }

    /**
     * Deletes a payment: it stops counting and stays readable.
     *
     * @throws Refused 404 for a payment that is not the location's or already deleted, 422 when
     *     deleting it would leave more refunded than paid
     */
    @Transactional
    Payment delete(Caller caller, long locationId, long paymentId) {
        Payment found = payments.find(locationId, paymentId)
                .orElseThrow(() -> Refusal.notFound("Payment").exception());
        locked(locationId, found.appointmentId());
        Payment payment = payments.find(locationId, paymentId)
                .filter(p -> !p.deleted())
                .orElseThrow(() -> Refusal.notFound("Payment").exception());
        BigDecimal left = payments.paid(payment.appointmentId()).subtract(payment.amount());
        if (left.signum() < 0) {
            throw Refusal.invalid(
                            "id",
                            Fault.of(
                                    "fault.payment.refund-left",
                                    "deleting this payment would leave more refunded than paid; delete the refund first"))
                    .exception();
        }
        payments.delete(paymentId, clock.instant());
        activity.record(
                locationId,
                caller,
                "deleted",
                "payment",
                paymentId,
                details(payment.appointmentId(), payment.amount(), payment.account()));
        return payments.find(locationId, paymentId).orElseThrow();
    }

    /** What the appointment's services cost after discounts, less what was paid; zero or more. */
    BigDecimal outstanding(long appointmentId) {
        return payments.outstanding(appointmentId);
    }

    private BookedAppointment locked(long locationId, long appointmentId) {
        return appointments.lock(locationId, appointmentId).orElseThrow(() -> Refusal.notFound("Record")
                .exception());
    }

    /** The activity log's details of a payment; jsonb keeps no key order, so none is kept here. */
    private static Map<String, ?> details(long appointmentId, BigDecimal amount, Account account) {
        return Map.of("record_id", appointmentId, "amount", amount, "account_id", account.id());
    }
}
