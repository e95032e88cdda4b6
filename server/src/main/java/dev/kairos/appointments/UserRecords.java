package dev.kairos.appointments;

import dev.kairos.directory.LocationView;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMemberView;
import dev.kairos.wire.WireTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The client cabinet's view of an appointment (Altegio's user record, §2.2.13). */
@Component
public class UserRecords {

    private final RecordViews views;
    private final Locations locations;

    UserRecords(RecordViews views, Locations locations) {
        this.views = views;
        this.locations = locations;
    }

    /**
     * Altegio's user record, field for field as the wire has it.
     *
     * @param company the location as the booking widget shows it
     * @param staff the team member as the booking widget shows it, null for none
     * @param notifyBySms hours before the appointment the client is reminded by SMS, 0 for never
     */
    public record UserRecord(
            long id,
            List<RecordParts.UserRecordService> services,
            LocationView company,
            TeamMemberView.ForBooking staff,
            int clientsCount,
            String date,
            String datetime,
            String createDate,
            String comment,
            boolean deleted,
            String status,
            int attendance,
            int visitAttendance,
            int confirmed,
            long length,
            int notifyBySms,
            int notifyByEmail,
            boolean masterRequested,
            boolean online,
            String apiId,
            String lastChangeDate,
            boolean prepaid,
            boolean prepaidConfirmed,
            long activityId) {}

    public Optional<UserRecord> find(long id) {
        return views.read(List.of(id)).stream().findFirst().map(this::view);
    }

    private UserRecord view(RecordViews.Appointment appointment) {
        RecordViews.Row row = appointment.row();
        ZoneId zone = row.zone();
        return new UserRecord(
                row.id(),
                appointment.lines().stream().map(RecordParts.Line::cabinetView).toList(),
                locations
                        .find(row.locationId())
                        .map(l -> LocationView.of(l, row.start()))
                        .orElse(null),
                appointment.staff() == null ? null : TeamMemberView.forBooking(appointment.staff()),
                row.clientsCount(),
                WireTime.local(row.start(), zone),
                WireTime.iso(row.start(), zone),
                WireTime.compact(row.createdAt(), zone),
                row.comment(),
                row.status().deleted(),
                row.status().dbName(),
                appointment.attendance(),
                appointment.attendance(),
                row.status().confirmed(),
                appointment.lengthSeconds(),
                row.smsRemainHours(),
                row.emailRemainHours(),
                row.masterRequested(),
                row.online(),
                row.apiId(),
                WireTime.compact(row.updatedAt(), zone),
                false,
                false,
                row.eventId() == null ? 0 : row.eventId());
    }
}
