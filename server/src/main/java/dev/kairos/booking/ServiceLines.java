package dev.kairos.booking;

import dev.kairos.catalog.Service;
import dev.kairos.catalog.Services;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The priced service lines of appointments ({@code appointment_services}): read for bills and
 * visit details, and replaced when a visit is settled. A replacement counts as a change of the
 * appointment, so the {@code changed_after} sync sees it.
 */
@Repository
public class ServiceLines {

    private final JdbcClient db;
    private final Services services;
    private final AppointmentWriter writer;

    ServiceLines(JdbcClient db, Services services, AppointmentWriter writer) {
        this.db = db;
        this.services = services;
        this.writer = writer;
    }

    /**
     * One service line as it is charged.
     *
     * @param firstCost the price before the discount, for all {@code amount} units
     * @param discount the discount in percent, 0 to 100
     * @param cost what is charged after the discount
     */
    public record Line(long serviceId, int amount, BigDecimal firstCost, BigDecimal discount, BigDecimal cost) {}

    /** A line of an appointment with its service's title, as bills show it. */
    public record Item(long appointmentId, Long teamMemberId, String title, Line line) {}

    /** The lines of the given appointments, in appointment id and booking order. */
    public List<Item> of(Collection<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                        select x.appointment_id, a.team_member_id, s.title, x.service_id, x.amount, x.first_cost, x.discount, x.cost
                          from appointment_services x
                          join appointments a on a.id = x.appointment_id
                          join services s on s.id = x.service_id
                         where x.appointment_id in (:ids)
                         order by x.appointment_id, x.position
                        """)
                .param("ids", appointmentIds)
                .query((rs, n) -> new Item(
                        rs.getLong("appointment_id"),
                        (Long) rs.getObject("team_member_id"),
                        rs.getString("title"),
                        new Line(
                                rs.getLong("service_id"),
                                rs.getInt("amount"),
                                rs.getBigDecimal("first_cost"),
                                rs.getBigDecimal("discount"),
                                rs.getBigDecimal("cost"))))
                .list();
    }

    /**
     * The list price of each of {@code serviceIds} that is a live service of the location; ids of
     * unknown, deleted or other locations' services are left out.
     */
    public Map<Long, BigDecimal> listPrices(long locationId, Collection<Long> serviceIds) {
        Map<Long, BigDecimal> prices = new LinkedHashMap<>();
        for (Service service : services.findAll(locationId, serviceIds)) {
            prices.put(service.id(), service.pricing().min());
        }
        return prices;
    }

    /**
     * Replaces the appointment's lines with {@code lines}, in that order, and marks the appointment
     * changed at {@code at} (its {@code updated_at} and {@code version}). The caller has checked that
     * the services are the appointment location's.
     */
    public void replace(long appointmentId, List<Line> lines, Instant at) {
        writer.replaceLines(
                appointmentId,
                lines.stream()
                        .map(l -> new NewAppointment.Line(
                                l.serviceId(), l.firstCost(), l.discount(), l.cost(), l.amount()))
                        .toList());
        db.sql("update appointments set updated_at = :at, version = version + 1 where id = :id")
                .param("at", Bookings.ts(at))
                .param("id", appointmentId)
                .update();
    }
}
