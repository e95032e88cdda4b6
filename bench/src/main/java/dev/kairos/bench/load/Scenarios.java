package dev.kairos.bench.load;

import dev.kairos.bench.load.Dataset.Member;
import java.time.LocalDate;
import java.util.List;

/**
 * The requests of each scenario, as a booking widget sends them with a partner token. Reads
 * rotate over the 50 team members of the main location and the busy days; bookings each take a
 * free hour of their own from {@link FreeHours}.
 */
final class Scenarios {

    private static final String SERVICE = "service_ids%5B%5D=";

    private final Kairos api;
    private final Dataset data;
    private final List<LocalDate> busyDays;
    private final FreeHours free;

    Scenarios(Kairos api, Dataset data, FreeHours free) {
        this.api = api;
        this.data = data;
        this.busyDays = data.busyDays();
        this.free = free;
    }

    /** book_times for one team member and one day. */
    ClosedLoop.Call oneMemberOneDay() {
        return n -> {
            Member member = data.mainTeam().get(n % data.mainTeam().size());
            LocalDate day = busyDays.get((n / data.mainTeam().size()) % busyDays.size());
            return api.get("/api/v1/book_times/%d/%d/%s?%s%d"
                    .formatted(data.mainLocation(), member.id(), day, SERVICE, member.haircut()));
        };
    }

    /** book_times with staff 0: any of the location's 50 team members, one day. */
    ClosedLoop.Call anyOfFiftyOneDay() {
        long haircut = data.mainTeam().get(0).haircut();
        return n -> api.get("/api/v1/book_times/%d/0/%s?%s%d"
                .formatted(data.mainLocation(), busyDays.get(n % busyDays.size()), SERVICE, haircut));
    }

    /** book_dates for one team member over the 30 busy days after today. */
    ClosedLoop.Call oneMemberThirtyDays() {
        LocalDate from = data.today().plusDays(1);
        LocalDate to = data.today().plusDays(30);
        return n -> {
            Member member = data.mainTeam().get(n % data.mainTeam().size());
            return api.get("/api/v1/book_dates/%d?%s%d&staff_id=%d&date_from=%s&date_to=%s"
                    .formatted(data.mainLocation(), SERVICE, member.haircut(), member.id(), from, to));
        };
    }

    /** book_record of a free hour nobody else is sent, by a new client. */
    ClosedLoop.Call bookFreeHour() {
        return n -> book(free.next(), "Load client " + n);
    }

    /** book_record of {@code hour} by the {@code n}-th of the clients who all want it. */
    Kairos.Reply book(FreeHours.Hour hour, String name) throws Exception {
        return api.post("/api/v1/book_record/" + hour.member().location(), """
                {"phone": "%s", "fullname": "%s", "appointments": [{"id": 1, "services": [%d], "staff_id": %d, "datetime": "%s %02d:00:00"}]}
                """.formatted(
                        FreeHours.newPhone(),
                        name,
                        hour.member().haircut(),
                        hour.member().id(),
                        hour.day(),
                        hour.hour()));
    }
}
