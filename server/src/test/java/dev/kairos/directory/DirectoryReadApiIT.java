package dev.kairos.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The read API the booking engine integration calls, over data written through HTTP. */
@KairosIT
class DirectoryReadApiIT {

    static final LocalDate MON = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Schedules schedules;

    @Autowired
    TeamMembers teamMembers;

    @Autowired
    OpeningHours openingHours;

    @Autowired
    Resources resources;

    @Test
    void theReadApiSeesWhatTheHttpApiWrote() {
        Tenant tenant = fixtures.tenant();
        Api admin = Api.at(port).as(tenant.adminA());
        long a = tenant.locationA();
        long anna = admin.post("/staff/" + a, Map.of("name", "Anna"))
                .data()
                .get("id")
                .asLong();
        long bob = admin.post("/staff/" + a, Map.of("name", "Bob"))
                .data()
                .get("id")
                .asLong();
        long hidden = admin.post("/staff/" + a, Map.of("name", "Hidden", "hidden", 1))
                .data()
                .get("id")
                .asLong();
        admin.put(
                "/locations/" + a + "/team_members/" + anna + "/weekly_hours",
                List.of(Map.of("day_of_week", 1, "from", "09:00", "to", "12:00")));
        admin.put(
                "/locations/" + a + "/team_members/" + bob + "/weekly_hours",
                List.of(Map.of("day_of_week", 2, "from", "10:00", "to", "11:00")));
        admin.put(
                "/company/" + a + "/staff/schedule",
                Map.of(
                        "schedules_to_set",
                        List.of(Map.of(
                                "staff_id",
                                bob,
                                "dates",
                                List.of(MON.toString()),
                                "slots",
                                List.of(Map.of("from", "13:00", "to", "14:00"))))));
        long room = admin.post(
                        "/locations/" + a + "/resources",
                        Map.of("title", "Room", "instances", List.of(Map.of("title", "1"), Map.of("title", "2"))))
                .data()
                .get("id")
                .asLong();

        var bulk = schedules.workingIntervals(List.of(anna, bob, hidden), a, MON, MON.plusDays(1));

        assertThat(bulk.get(anna).get(MON)).containsExactly(TimeSlot.of(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertThat(bulk.get(anna).get(MON.plusDays(1))).isEmpty();
        assertThat(bulk.get(bob).get(MON)).containsExactly(TimeSlot.of(LocalTime.of(13, 0), LocalTime.of(14, 0)));
        assertThat(bulk.get(bob).get(MON.plusDays(1)))
                .containsExactly(TimeSlot.of(LocalTime.of(10, 0), LocalTime.of(11, 0)));
        assertThat(bulk.get(hidden)).hasSize(2).allSatisfy((date, slots) -> assertThat(slots)
                .isEmpty());
        assertThat(schedules.workingIntervals(anna, a, MON, MON))
                .isEqualTo(Map.of(MON, bulk.get(anna).get(MON)));
        assertThat(schedules
                        .workingIntervals(anna, tenant.locationB(), MON, MON)
                        .get(MON))
                .isEmpty();
        assertThat(teamMembers.bookable(a)).extracting(TeamMember::id).containsExactlyInAnyOrder(anna, bob);
        assertThat(openingHours.of(a).weekly().get(DayOfWeek.MONDAY))
                .containsExactly(TimeSlot.of(LocalTime.of(9, 0), LocalTime.of(20, 0)));
        assertThat(openingHours.of(a).on(MON.plusDays(6))).isEmpty();
        assertThat(resources.instances(List.of(room, 987654321L)).get(room))
                .extracting(ResourceInstance::title)
                .containsExactly("1", "2");
        assertThat(resources.instances(List.of(987654321L)).get(987654321L)).isEmpty();
    }
}
