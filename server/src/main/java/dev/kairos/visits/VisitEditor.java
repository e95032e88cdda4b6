package dev.kairos.visits;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.booking.ServiceLines;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Validation;
import dev.kairos.staffbooking.Lifecycle;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a visit ({@code PUT /visits/{visit_id}/{record_id}}): the record's service lines, payments
 * deleted and taken, a fast payment of what is outstanding, the attendance of the visit's live
 * records and the visit's comment, all in one transaction. The whole request is validated before
 * anything is written; a rule that refuses a write later rolls back everything.
 */
@Service
class VisitEditor {

    private static final Set<Integer> ATTENDANCES = Set.of(-1, 0, 1, 2);

    private final Visits visits;
    private final BookedAppointments appointments;
    private final ServiceLines lines;
    private final Payments payments;
    private final CashRegisters registers;
    private final Cashier cashier;
    private final Lifecycle lifecycle;
    private final ActivityLog activity;
    private final Clock clock;

    VisitEditor(
            Visits visits,
            BookedAppointments appointments,
            ServiceLines lines,
            Payments payments,
            CashRegisters registers,
            Cashier cashier,
            Lifecycle lifecycle,
            ActivityLog activity,
            Clock clock) {
        this.visits = visits;
        this.appointments = appointments;
        this.lines = lines;
        this.payments = payments;
        this.registers = registers;
        this.cashier = cashier;
        this.lifecycle = lifecycle;
        this.activity = activity;
        this.clock = clock;
    }

    /** A validated request: what to write. {@code lines} null keeps the record's lines. */
    private record Plan(
            int attendance,
            String comment,
            List<ServiceLines.Line> lines,
            List<VisitChange.NewTransaction> taken,
            List<Payment> deleted,
            Optional<Account> fastAccount) {}

    @Transactional
    void update(Caller caller, Visit visit, BookedAppointment record, VisitChange change) {
        List<BookedAppointment> members = appointments.inVisit(visit.id());
        Plan plan = plan(visit, record, members, change);
        long location = visit.locationId();
        if (plan.lines() != null) {
            lines.replace(record.id(), plan.lines(), clock.instant());
            activity.record(
                    location,
                    caller,
                    "updated",
                    "appointment",
                    record.id(),
                    Map.of("services", plan.lines().size(), "visit_id", visit.id()));
        }
        plan.deleted().stream()
                .sorted(Comparator.comparing(Payment::amount))
                .forEach(p -> cashier.delete(caller, location, p.id()));
        plan.taken()
                .forEach(t -> cashier.receive(caller, location, record.id(), t.accountId(), t.amount(), t.comment()));
        plan.fastAccount().ifPresent(account -> payOutstanding(caller, location, members, account));
        members.stream()
                .filter(a -> !a.deleted() && a.attendance() != plan.attendance())
                .forEach(a -> lifecycle
                        .setAttendance(caller, location, a.id(), plan.attendance())
                        .orThrow());
        visits.comment(visit.id(), plan.comment(), clock.instant());
        activity.record(
                location,
                caller,
                "updated",
                "visit",
                visit.id(),
                Map.of("record_id", record.id(), "attendance", plan.attendance()));
    }

    private void payOutstanding(Caller caller, long location, List<BookedAppointment> members, Account account) {
        for (BookedAppointment member : members) {
            BigDecimal due = member.deleted() ? BigDecimal.ZERO : cashier.outstanding(member.id());
            if (due.signum() > 0) {
                cashier.receive(caller, location, member.id(), account.id(), due, "fast payment");
            }
        }
    }

    private Plan plan(Visit visit, BookedAppointment record, List<BookedAppointment> members, VisitChange change) {
        if (change == null) {
            throw Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required"))
                    .exception();
        }
        Validation v = new Validation()
                .required(change.attendance(), "attendance")
                .check(
                        change.attendance() == null || ATTENDANCES.contains(change.attendance()),
                        "attendance",
                        "must be 2 (client confirmed), 1 (arrived), 0 (waiting) or -1 (no-show)")
                .check(change.comment() != null, "comment", "is required")
                .check(
                        change.comment() == null || change.comment().length() <= 1000,
                        "comment",
                        "is longer than 1000 characters");
        List<ServiceLines.Line> newLines = lines(v, visit, record, change.services());
        List<VisitChange.NewTransaction> taken = transactions(v, change.newTransactions());
        List<Payment> deleted = deletions(v, members, change.deletedTransactionIds());
        Optional<Account> fast = fastAccount(v, visit.locationId(), change.fastPayment());
        v.orThrow();
        return new Plan(change.attendance(), change.comment().strip(), newLines, taken, deleted, fast);
    }

    private List<ServiceLines.Line> lines(
            Validation v, Visit visit, BookedAppointment record, List<VisitChange.ServiceChange> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return null;
        }
        if (record.deleted()) {
            v.reject("services", "the record is " + record.status().dbName() + ": its services can't change");
            return null;
        }
        List<Long> ids = wanted.stream()
                .filter(Objects::nonNull)
                .map(VisitChange.ServiceChange::id)
                .filter(Objects::nonNull)
                .toList();
        List<ServiceLines.Line> current = lines.of(List.of(record.id())).stream()
                .map(ServiceLines.Item::line)
                .toList();
        return LinePricing.priced(v, wanted, lines.listPrices(visit.locationId(), ids), current);
    }

    private static List<VisitChange.NewTransaction> transactions(
            Validation v, List<VisitChange.NewTransaction> wanted) {
        List<VisitChange.NewTransaction> taken = new ArrayList<>();
        for (int i = 0; wanted != null && i < wanted.size(); i++) {
            VisitChange.NewTransaction t = wanted.get(i);
            String field = "new_transactions[" + i + "]";
            v.required(t == null ? null : t.accountId(), field + ".account_id");
            BigDecimal amount = Money.transfer(v, field + ".amount", t == null ? null : t.amount());
            v.check(
                    t == null || t.comment() == null || t.comment().length() <= 1000,
                    field + ".comment",
                    "is longer than 1000 characters");
            if (amount != null && t.accountId() != null) {
                taken.add(new VisitChange.NewTransaction(t.accountId(), amount, t.comment()));
            }
        }
        return taken;
    }

    private List<Payment> deletions(Validation v, List<BookedAppointment> members, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Payment> live = payments
                .of(members.stream().map(BookedAppointment::id).toList())
                .stream()
                .filter(p -> !p.deleted())
                .toList();
        List<Payment> deleted = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            Optional<Payment> payment =
                    live.stream().filter(p -> Objects.equals(p.id(), id)).findFirst();
            v.check(payment.isPresent(), "deleted_transaction_ids", id + " is not a payment of this visit that counts");
            payment.ifPresent(deleted::add);
        }
        return deleted;
    }

    private Optional<Account> fastAccount(Validation v, long locationId, Integer fastPayment) {
        int kind = fastPayment == null ? 0 : fastPayment;
        if (kind == 0) {
            return Optional.empty();
        }
        boolean cash = kind == 1 || kind == 129;
        if (!cash && kind != 2 && kind != 130) {
            v.reject("fast_payment", "must be 1 (cash) or 2 (card)");
            return Optional.empty();
        }
        Optional<Account> account = registers.first(locationId, cash);
        v.check(
                account.isPresent(),
                "fast_payment",
                "the location has no " + (cash ? "cash" : "non-cash") + " account");
        return account;
    }
}
