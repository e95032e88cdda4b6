package dev.kairos.demo;

import dev.kairos.catalog.CatalogWriter;
import dev.kairos.catalog.StaffLink;
import dev.kairos.demo.DemoSites.Member;
import dev.kairos.demo.DemoSites.Site;
import dev.kairos.demo.SeededSite.SeededMember;
import dev.kairos.demo.SeededSite.SeededService;
import dev.kairos.directory.DirectoryWriter;
import dev.kairos.directory.TimeSlot;
import java.math.BigDecimal;
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
    private final DirectoryWriter directory;

    DemoTeamWriter(Rows rows, CatalogWriter catalog, DirectoryWriter directory) {
        this.rows = rows;
        this.catalog = catalog;
        this.directory = directory;
    }

    Map<String, Long> positions(long chainId) {
        List<String> titles = List.of("Stylist", "Therapist", "Laser specialist");
        List<Long> ids = rows.nextIds("positions", titles.size());
        Map<String, Long> positions = new LinkedHashMap<>();
        List<DirectoryWriter.NewPosition> rowsToWrite = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            positions.put(titles.get(i), ids.get(i));
            rowsToWrite.add(new DirectoryWriter.NewPosition(ids.get(i), chainId, titles.get(i)));
        }
        directory.insertPositions(rowsToWrite);
        return positions;
    }

    List<SeededMember> team(
            long locationId,
            Site site,
            Map<String, Long> positions,
            Map<String, SeededService> services,
            LocalDate dayOff) {
        List<Long> ids = rows.nextIds("team_members", site.team().size());
        List<SeededMember> team = new ArrayList<>();
        List<DirectoryWriter.NewMember> members = new ArrayList<>();
        List<DirectoryWriter.MemberHours> hours = new ArrayList<>();
        List<DirectoryWriter.DayOff> daysOff = new ArrayList<>();
        List<CatalogWriter.StaffRow> skills = new ArrayList<>();
        for (int i = 0; i < site.team().size(); i++) {
            Member spec = site.team().get(i);
            long id = ids.get(i);
            members.add(member(
                    id,
                    locationId,
                    spec,
                    positions.get(spec.position()),
                    site.team().size() - i));
            hours.addAll(weeklyHours(id, locationId, spec, site));
            Map<String, Integer> minutes = new LinkedHashMap<>();
            for (String key : spec.skills()) {
                Integer own = spec.minutes().get(key);
                minutes.put(key, own == null ? services.get(key).spec().minutes() : own);
                skills.add(new CatalogWriter.StaffRow(
                        services.get(key).id(), new StaffLink(id, own == null ? null : Duration.ofMinutes(own))));
            }
            if (spec.dayOffThisWeek()) {
                daysOff.add(new DirectoryWriter.DayOff(id, locationId, dayOff, 1));
            }
            team.add(new SeededMember(id, spec, minutes));
        }
        directory.insertMembers(members);
        directory.insertWeeklyHours(hours);
        directory.insertDaysOff(daysOff);
        catalog.linkStaff(skills);
        return team;
    }

    private static DirectoryWriter.NewMember member(
            long id, long locationId, Member spec, long positionId, int weight) {
        String email = spec.name().toLowerCase().replace(' ', '.') + "@demo.kairos.dev";
        return new DirectoryWriter.NewMember(
                id,
                locationId,
                positionId,
                spec.name(),
                spec.position(),
                email,
                spec.hidden(),
                weight,
                new BigDecimal("4.8"));
    }

    private static List<DirectoryWriter.MemberHours> weeklyHours(
            long memberId, long locationId, Member spec, Site site) {
        List<DirectoryWriter.MemberHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalTime[] shift = spec.pattern().shift(day, site);
            if (shift != null) {
                hours.add(new DirectoryWriter.MemberHours(memberId, locationId, day, TimeSlot.of(shift[0], shift[1])));
            }
        }
        return hours;
    }
}
