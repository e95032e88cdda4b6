package dev.kairos.demo;

import dev.kairos.appointments.AppointmentStatus;
import dev.kairos.booking.AppointmentWriter;
import dev.kairos.booking.NewAppointment;
import dev.kairos.booking.ReminderHours;
import dev.kairos.demo.AppointmentPlanner.Planned;
import dev.kairos.engine.ResourceInstanceId;
import dev.kairos.visits.ImportedPayments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/** Writes planned appointments with their services, held resources and labels through booking's writer, and settles the completed ones. */
@Component
class DemoAppointmentsWriter {

    private static final List<String> COMMENTS = List.of(
            "Prefers a quiet room",
            "Allergic to latex",
            "Running late, called ahead",
            "Bring the colour card",
            "Gift voucher");

    private final AppointmentWriter writer;
    private final ImportedPayments payments;

    DemoAppointmentsWriter(AppointmentWriter writer, ImportedPayments payments) {
        this.writer = writer;
        this.payments = payments;
    }

    /** Writes the appointments, grouped into one visit per client and local day, and returns how many were written. */
    int write(SeededSite site, List<Planned> planned, long ownerId, Instant now, Random random) {
        List<AppointmentWriter.Row> written = new ArrayList<>();
        for (Planned p : planned) {
            DemoLifecycle life = DemoLifecycle.of(p, now, random);
            NewAppointment appointment = appointment(site.locationId(), p, life, ownerId, random);
            int roll = random.nextInt(100);
            List<Long> labels = roll < 25
                    ? List.of(site.labels().get(roll < 8 ? 0 : roll < 16 ? 1 : life.online() ? 2 : 3))
                    : List.of();
            written.add(new AppointmentWriter.Row(appointment, stamps(life, ownerId), labels));
        }
        List<Long> ids = writer.insertAll(written, AppointmentWriter.Visits.BY_CLIENT_AND_DAY);
        settle(site.locationId(), ownerId, written, ids);
        return written.size();
    }

    /** A cash register and a card terminal; completed appointments paid in full, every third one in cash. */
    private void settle(long locationId, long ownerId, List<AppointmentWriter.Row> written, List<Long> ids) {
        long cash = payments.openRegister(locationId, "Cash register", true);
        long card = payments.openRegister(locationId, "Card terminal", false);
        List<ImportedPayments.Received> received = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            AppointmentWriter.Row row = written.get(i);
            BigDecimal cost = row.appointment().services().stream()
                    .map(NewAppointment.Line::cost)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (row.appointment().status() == AppointmentStatus.COMPLETED && cost.signum() > 0) {
                long id = ids.get(i);
                Instant at = row.stamps().completedAt() != null
                        ? row.stamps().completedAt()
                        : row.appointment().times().end();
                received.add(new ImportedPayments.Received(id, id % 3 == 0 ? cash : card, cost, at, ""));
            }
        }
        payments.receiveAll(locationId, ownerId, received);
    }

    private static NewAppointment appointment(
            long locationId, Planned p, DemoLifecycle life, long ownerId, Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String hash = HexFormat.of().formatHex(bytes);
        String comment = random.nextInt(100) < 6 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : "";
        return new NewAppointment(
                locationId,
                p.memberId(),
                null,
                new NewAppointment.Times(
                        p.startsAt(),
                        p.endsAt(),
                        p.busyFrom(),
                        p.busyUntil(),
                        p.service().spec().technicalBreak() * 60),
                AppointmentStatus.fromDb(life.status()),
                new NewAppointment.ClientSnapshot(p.clientId(), "", "", ""),
                life.online()
                        ? NewAppointment.Origin.online("", hash, null, life.createdAt())
                        : NewAppointment.Origin.admin("", hash, ownerId, life.createdAt()),
                NewAppointment.Terms.of(comment, ReminderHours.NONE),
                List.of(line(p, random)),
                p.instanceId() == null
                        ? List.of()
                        : List.of(new NewAppointment.Hold(
                                new ResourceInstanceId(p.instanceId()), p.busyFrom(), p.busyUntil())));
    }

    private static AppointmentWriter.Stamps stamps(DemoLifecycle life, long ownerId) {
        return new AppointmentWriter.Stamps(
                life.clientConfirmed(),
                life.updatedAt(),
                life.confirmedAt(),
                life.arrivedAt(),
                life.completedAt(),
                life.noShowAt(),
                life.cancelledAt(),
                life.status().equals("cancelled") ? ownerId : null);
    }

    private static NewAppointment.Line line(Planned p, Random random) {
        DemoServices.Spec spec = p.service().spec();
        int steps = (spec.priceMax() - spec.priceMin()) / 5;
        BigDecimal firstCost = BigDecimal.valueOf(spec.priceMin() + 5L * random.nextInt(steps + 1))
                .setScale(2);
        BigDecimal discount = BigDecimal.valueOf(random.nextInt(100) < 15 ? 10 : 0);
        BigDecimal cost = firstCost
                .multiply(BigDecimal.valueOf(100).subtract(discount))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new NewAppointment.Line(p.service().id(), firstCost, discount, cost);
    }
}
