package dev.kairos.queue;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.Tenant;
import java.util.Map;

/** A salon with a walk-in queue for queue tests: two barbers who cut walk-ins, and a service that is not queued. */
final class QueueFloor {

    final Tenant tenant;
    final long location;
    final long anna;
    final long ben;
    final long walkInCut;
    final long appointmentOnly;
    final Api desk;
    final Api widget;
    final BookingFixtures booking;

    QueueFloor(Fixtures fixtures, int port) {
        tenant = fixtures.tenant();
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        ben = booking.member(location, "Ben");
        walkInCut = booking.service(
                location,
                "Walk-in cut",
                30,
                Map.of("booking_type", "walk_in_only", "allow_walk_in", true, "allow_customer_booking", false),
                anna,
                ben);
        appointmentOnly = booking.service(location, "Colour", 90, anna);
        desk = Api.at(port).as(tenant.adminA());
        widget = Api.at(port).as(tenant.partnerOnly());
    }

    String path(String rest) {
        return "/locations/" + location + "/queue" + rest;
    }

    Api.Response join(String name, String phone) {
        return desk.post(
                path(""),
                phone == null
                        ? Map.of("service_id", walkInCut, "name", name)
                        : Map.of("service_id", walkInCut, "name", name, "phone", phone));
    }

    Api.Response callNext(long member) {
        return desk.post(path("/call_next"), Map.of("team_member_id", member));
    }

    long appointments() {
        return booking.countAppointments(location);
    }
}
