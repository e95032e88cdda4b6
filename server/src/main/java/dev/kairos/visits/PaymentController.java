package dev.kairos.visits;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Validation;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kairos' own: payments and refunds per appointment, {@code /locations/{cid}/appointments/{rid}/payments}
 * and {@code /locations/{cid}/payments/{pid}}. Reading needs {@code VIEW_RECORDS}, paying, refunding
 * and deleting {@code EDIT_RECORDS}.
 */
@RestController
@RequestMapping("/api/v1/locations/{cid}")
class PaymentController {

    private final Cashier cashier;
    private final Payments payments;
    private final BookedAppointments appointments;
    private final Locations locations;
    private final Access access;

    PaymentController(
            Cashier cashier, Payments payments, BookedAppointments appointments, Locations locations, Access access) {
        this.cashier = cashier;
        this.payments = payments;
        this.appointments = appointments;
        this.locations = locations;
        this.access = access;
    }

    /** {@code amount} above zero receives money, below zero refunds it. */
    record PaymentBody(Long accountId, BigDecimal amount, String comment) {}

    @GetMapping("/appointments/{rid}/payments")
    Envelope<List<FinanceTransaction>> list(Caller caller, @PathVariable long cid, @PathVariable long rid) {
        Location location = location(caller, cid, Right.SEE_FINANCES);
        appointments.find(cid, rid).orElseThrow(() -> ApiException.notFound("Record"));
        List<FinanceTransaction> all = payments.of(List.of(rid)).stream()
                .map(p -> p.wire(location.zone()))
                .toList();
        return Envelope.counted(all, all.size());
    }

    @PostMapping("/appointments/{rid}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Envelope<FinanceTransaction> pay(
            Caller caller, @PathVariable long cid, @PathVariable long rid, @RequestBody PaymentBody body) {
        Location location = location(caller, cid, Right.EDIT_RECORDS);
        if (body == null) {
            throw ApiException.badRequest("A JSON body is required");
        }
        Validation v = new Validation()
                .required(body.accountId(), "account_id")
                .check(
                        body.comment() == null || body.comment().length() <= 1000,
                        "comment",
                        "is longer than 1000 characters");
        BigDecimal amount = Money.transfer(v, "amount", body.amount());
        v.orThrow();
        return Envelope.of(cashier.receive(caller, cid, rid, body.accountId(), amount, body.comment())
                .wire(location.zone()));
    }

    @DeleteMapping("/payments/{pid}")
    @Transactional
    Envelope<FinanceTransaction> delete(Caller caller, @PathVariable long cid, @PathVariable long pid) {
        Location location = location(caller, cid, Right.EDIT_RECORDS);
        return Envelope.of(cashier.delete(caller, cid, pid).wire(location.zone()));
    }

    private Location location(Caller caller, long cid, Right right) {
        access.require(caller, cid, right);
        return locations.find(cid).orElseThrow(() -> ApiException.notFound("Location"));
    }
}
