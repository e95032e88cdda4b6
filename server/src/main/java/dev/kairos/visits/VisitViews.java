package dev.kairos.visits;

import dev.kairos.appointments.RecordViews;
import dev.kairos.booking.ServiceLines;
import dev.kairos.wire.WireTime;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Altegio's visit ({@code GET /visits/{id}}) and visit details ({@code GET /visit/details/...}) objects. */
@Component
class VisitViews {

    private static final RecordViews.Include WITH_PAYMENTS = new RecordViews.Include(false, true);

    private final BookedAppointments appointments;
    private final Payments payments;
    private final ServiceLines lines;
    private final RecordViews records;

    VisitViews(BookedAppointments appointments, Payments payments, ServiceLines lines, RecordViews records) {
        this.appointments = appointments;
        this.payments = payments;
        this.lines = lines;
        this.records = records;
    }

    /**
     * Altegio's visit: its records in start order, with their payments; {@code datetime} is the
     * first live record's start (the first record's when all are deleted), null for an empty visit.
     */
    public record VisitObject(
            long id, int attendance, String datetime, String comment, List<RecordViews.RecordView> records) {}

    /** The bill of a visit: its payments and the service lines of its records. */
    public record VisitDetails(
            List<FinanceTransaction> paymentTransactions,
            List<Object> loyaltyTransactions,
            KkmContainer kkmTransactionDetailsContainer,
            List<BillItem> items) {}

    /** Altegio's fiscal receipts, which Kairos does not print: always empty. */
    public record KkmContainer(int lastOperationType, List<Object> transactions) {}

    /** One service line of a bill; {@code master_id} is 0 when no team member is named. */
    public record BillItem(
            long itemId,
            int itemTypeId,
            long recordId,
            String itemTitle,
            int amount,
            BigDecimal firstCost,
            BigDecimal manualCost,
            BigDecimal discount,
            BigDecimal cost,
            long masterId,
            long serviceId,
            boolean isService,
            boolean isGood) {}

    VisitObject visit(Visit visit, ZoneId zone) {
        List<BookedAppointment> members = appointments.inVisit(visit.id());
        String datetime = members.stream()
                .filter(a -> !a.deleted())
                .findFirst()
                .or(() -> members.stream().findFirst())
                .map(a -> WireTime.iso(a.start(), zone))
                .orElse(null);
        return new VisitObject(
                visit.id(),
                attendance(members),
                datetime,
                visit.comment(),
                records.render(members.stream().map(BookedAppointment::id).toList(), WITH_PAYMENTS));
    }

    /** The bill of the visit: its payments, deleted ones marked, and each service line of its records. */
    VisitDetails details(Visit visit, ZoneId zone) {
        List<Long> ids = appointments.inVisit(visit.id()).stream()
                .map(BookedAppointment::id)
                .toList();
        return new VisitDetails(
                payments.of(ids).stream().map(p -> p.wire(zone)).toList(),
                List.of(),
                new KkmContainer(0, List.of()),
                lines.of(ids).stream().map(VisitViews::item).toList());
    }

    /**
     * The visit's attendance from its live records: arrived when any arrived, otherwise the one
     * attendance they share, otherwise waiting.
     */
    static int attendance(List<BookedAppointment> members) {
        List<Integer> live = members.stream()
                .filter(a -> !a.deleted())
                .map(BookedAppointment::attendance)
                .distinct()
                .toList();
        if (live.contains(1)) {
            return 1;
        }
        return live.size() == 1 ? live.get(0) : 0;
    }

    private static BillItem item(ServiceLines.Item item) {
        ServiceLines.Line line = item.line();
        return new BillItem(
                line.serviceId(),
                1,
                item.appointmentId(),
                item.title(),
                line.amount(),
                line.firstCost(),
                line.cost(),
                line.discount(),
                line.cost(),
                item.teamMemberId() == null ? 0 : item.teamMemberId(),
                line.serviceId(),
                true,
                false);
    }
}
