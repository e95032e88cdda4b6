package dev.kairos.visits;

import dev.kairos.appointments.RecordViews;
import dev.kairos.booking.ServiceLines;
import dev.kairos.wire.WireTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** {@code {id, attendance, datetime, comment, records}}, the records in start order. */
    Map<String, Object> visit(Visit visit, ZoneId zone) {
        List<BookedAppointment> members = appointments.inVisit(visit.id());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", visit.id());
        view.put("attendance", attendance(members));
        view.put(
                "datetime",
                members.stream()
                        .filter(a -> !a.deleted())
                        .findFirst()
                        .or(() -> members.stream().findFirst())
                        .map(a -> WireTime.iso(a.start(), zone))
                        .orElse(null));
        view.put("comment", visit.comment());
        view.put(
                "records",
                records.render(members.stream().map(BookedAppointment::id).toList(), WITH_PAYMENTS));
        return view;
    }

    /** The bill of the visit: its payments, deleted ones marked, and each service line of its records. */
    Map<String, Object> details(Visit visit, ZoneId zone) {
        List<Long> ids = appointments.inVisit(visit.id()).stream()
                .map(BookedAppointment::id)
                .toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(
                "payment_transactions",
                payments.of(ids).stream().map(p -> p.wire(zone)).toList());
        view.put("loyalty_transactions", List.of());
        view.put("kkm_transaction_details_container", Map.of("last_operation_type", 0, "transactions", List.of()));
        view.put("items", lines.of(ids).stream().map(VisitViews::item).toList());
        return view;
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

    private static Map<String, Object> item(ServiceLines.Item item) {
        ServiceLines.Line line = item.line();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("item_id", line.serviceId());
        view.put("item_type_id", 1);
        view.put("record_id", item.appointmentId());
        view.put("item_title", item.title());
        view.put("amount", line.amount());
        view.put("first_cost", line.firstCost());
        view.put("manual_cost", line.cost());
        view.put("discount", line.discount());
        view.put("cost", line.cost());
        view.put("master_id", item.teamMemberId() == null ? 0 : item.teamMemberId());
        view.put("service_id", line.serviceId());
        view.put("is_service", true);
        view.put("is_good", false);
        return view;
    }
}
