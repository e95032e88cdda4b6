package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: what webhooks add to a booking. Two identical locations take {@code book_record}
 * requests over HTTP (one client thread, each booking a new client, so each writes two changes:
 * the record and the client); one has webhooks on for everything, the other has none. The
 * requests alternate between them one by one, so that the load of the shared machine falls on both
 * alike. With {@code -Dkairos.bench.interval=1h} the delivery job
 * rests for an hour after its first run, so only what the booking's own transaction pays (the
 * outbox insert) is measured; by default deliveries run alongside, to a receiver on loopback.
 * Run it alone with {@code mvn -pl engine,server -am verify -Dtest=OutboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@KairosIT
@TestPropertySource(properties = "kairos.webhooks.interval=${kairos.bench.interval:200ms}")
class OutboxBenchmark {

    private static final int MEMBERS = 10;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 1000;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void bookingsWithAndWithoutWebhooks() {
        try (Hooked on = new Hooked(port, fixtures)) {
            Tenant plain = fixtures.tenant();
            Site hooked = site(on.tenant, on.location);
            Site off = site(plain, plain.locationA());
            List<Long> withHooks = new ArrayList<>();
            List<Long> without = new ArrayList<>();
            for (int n = 0; n < WARM_UP + MEASURED; n++) {
                boolean hooksFirst = n % 2 == 0;
                long first = book(hooksFirst ? hooked : off, n);
                long second = book(hooksFirst ? off : hooked, n);
                if (n >= WARM_UP) {
                    withHooks.add(hooksFirst ? first : second);
                    without.add(hooksFirst ? second : first);
                }
            }
            report("webhooks off", without);
            report("webhooks on", withHooks);
            System.out.printf(
                    "OUTBOX-BENCH median +%.1f %%, mean +%.1f %%; %d deliveries made meanwhile; load average %s%n",
                    100.0 * (median(withHooks) - median(without)) / median(without),
                    100.0 * (mean(withHooks) - mean(without)) / mean(without),
                    count("webhook_deliveries", on.location),
                    loadAverage());
            assertThat(count("webhook_events", on.location))
                    .as("two outbox rows a booking: the record and its new client")
                    .isEqualTo(2L * (WARM_UP + MEASURED));
        }
    }

    private record Site(Api widget, long location, List<Long> members, long service) {}

    private Site site(Tenant tenant, long location) {
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        booking.openEveryDay(location);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(booking.member(location, "Member " + i));
        }
        long service = booking.service(
                location,
                "Haircut",
                60,
                members.stream().mapToLong(Long::longValue).toArray());
        return new Site(Api.at(port).as(tenant.partnerOnly()), location, members, service);
    }

    /** Books the {@code n}th distinct free hour for a new client and returns the request's time in microseconds. */
    private static long book(Site site, int n) {
        long member = site.members().get(n % MEMBERS);
        LocalDate day = LocalDate.now().plusDays(2).plusDays(n / (MEMBERS * 9));
        int hour = 9 + (n / MEMBERS) % 9;
        long start = System.nanoTime();
        var booked = site.widget()
                .post(
                        "/book_record/" + site.location(),
                        Map.of(
                                "phone",
                                "+49151" + (40000000 + n),
                                "fullname",
                                "Client " + n,
                                "appointments",
                                List.of(Map.of(
                                        "id",
                                        1,
                                        "services",
                                        List.of(site.service()),
                                        "staff_id",
                                        member,
                                        "datetime",
                                        day + " " + String.format("%02d", hour) + ":00:00"))));
        long micros = (System.nanoTime() - start) / 1000;
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return micros;
    }

    private long count(String table, long location) {
        return fixtures.db()
                .sql("select count(*) from " + table + " where location_id = :l")
                .param("l", location)
                .query(Long.class)
                .single();
    }

    private static void report(String label, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf(
                "OUTBOX-BENCH %-13s n=%d median %.2f ms, p90 %.2f ms, mean %.2f ms%n",
                label,
                sorted.size(),
                median(sorted) / 1000.0,
                sorted.get((int) (sorted.size() * 0.9)) / 1000.0,
                mean(sorted) / 1000.0);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
