package dev.kairos.demo;

import dev.kairos.catalog.CatalogWriter;
import dev.kairos.catalog.StaffLink;
import dev.kairos.demo.DemoSites.Member;
import dev.kairos.demo.DemoSites.Site;
import dev.kairos.demo.SeededSite.SeededMember;
import dev.kairos.demo.SeededSite.SeededService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes positions and the team of a demo location: weekly hours, a day off, the services each performs. */
@Component
class DemoTeamWriter {

    private final Rows rows;
    private final CatalogWriter catalog;

    DemoTeamWriter(Rows rows, CatalogWriter catalog) {
        this.rows = rows;
        this.catalog = catalog;
    }

    Map<String, Long> positions(long chainId) {
        Map<String, Long> positions = new LinkedHashMap<>();
        for (String title : List.of("Stylist", "Therapist", "Laser specialist")) {
            positions.put(
                    title,
                    rows.db()
                            .sql("insert into positions (chain_id, title) values (:chain, :title) returning id")
                            .param("chain", chainId)
                            .param("title", title)
                            .query(Long.class)
                            .single());
        }
        return positions;
    }

    List<SeededMember> team(
            long locationId,
            Site site,
            Map<String, Long> positions,
            Map<String, SeededService> services,
            LocalDate dayOff) {
        List<SeededMember> team = new ArrayList<>();
        List<Hours> hours = new ArrayList<>();
        List<CatalogWriter.StaffRow> skills = new ArrayList<>();
        for (int i = 0; i < site.team().size(); i++) {
            Member spec = site.team().get(i);
            long id = member(
                    locationId,
                    spec,
                    positions.get(spec.position()),
                    site.team().size() - i);
            hours.addAll(weeklyHours(id, locationId, spec, site));
            Map<String, Integer> minutes = new LinkedHashMap<>();
            for (String key : spec.skills()) {
                Integer own = spec.minutes().get(key);
                minutes.put(key, own == null ? services.get(key).spec().minutes() : own);
                skills.add(new CatalogWriter.StaffRow(
                        services.get(key).id(), new StaffLink(id, own == null ? null : Duration.ofMinutes(own))));
            }
            if (spec.dayOffThisWeek()) {
                dayOffOn(id, locationId, dayOff);
            }
            team.add(new SeededMember(id, spec, minutes));
        }
        rows.insert("""
                insert into team_member_weekly_hours (team_member_id, location_id, day_of_week, starts_at, ends_at)
                values (:memberId, :locationId, :dayOfWeek, :startsAt, :endsAt)
                """, hours);
        catalog.linkStaff(skills);
        return team;
    }

    private long member(long locationId, Member spec, long positionId, int weight) {
        String email = spec.name().toLowerCase().replace(' ', '.') + "@demo.kairos.dev";
        long id = rows.db()
                .sql("""
                        insert into team_members (location_id, position_id, name, specialization, email, hidden, weight, rating)
                        values (:location, :position, :name, :specialization, :email, :hidden, :weight, 4.8)
                        returning id
                        """)
                .param("location", locationId)
                .param("position", positionId)
                .param("name", spec.name())
                .param("specialization", spec.position())
                .param("email", email)
                .param("hidden", spec.hidden())
                .param("weight", weight)
                .query(Long.class)
                .single();
        rows.db()
                .sql("insert into team_member_locations (team_member_id, location_id) values (:member, :location)")
                .param("member", id)
                .param("location", locationId)
                .update();
        return id;
    }

    private static List<Hours> weeklyHours(long memberId, long locationId, Member spec, Site site) {
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalTime[] shift = spec.pattern().shift(day, site);
            if (shift != null) {
                hours.add(new Hours(memberId, locationId, (short) day.getValue(), shift[0], shift[1]));
            }
        }
        return hours;
    }

    private void dayOffOn(long memberId, long locationId, LocalDate day) {
        rows.db()
                .sql("""
                        insert into team_member_schedule_days (team_member_id, location_id, day, is_working, off_day_type)
                        values (:member, :location, :day, false, 1)
                        """)
                .param("member", memberId)
                .param("location", locationId)
                .param("day", day)
                .update();
    }

    private record Hours(long memberId, long locationId, short dayOfWeek, LocalTime startsAt, LocalTime endsAt) {}
}
