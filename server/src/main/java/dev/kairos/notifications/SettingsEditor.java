package dev.kairos.notifications;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.clients.EmailAddress;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import dev.kairos.refusal.Validation;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a location's {@link NotificationSettings}: reading needs {@code VIEW_RECORDS}, changing {@code MANAGE_SETTINGS}. */
@Service
public class SettingsEditor {

    private final JdbcClient db;
    private final Locations locations;
    private final Access access;
    private final ActivityLog activity;

    SettingsEditor(JdbcClient db, Locations locations, Access access, ActivityLog activity) {
        this.db = db;
        this.locations = locations;
        this.access = access;
        this.activity = activity;
    }

    @Transactional(readOnly = true)
    public NotificationSettings get(Caller caller, long locationId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return read(location(locationId));
    }

    /** @throws Refused 422 naming every bad field; nothing changes then */
    @Transactional
    public NotificationSettings update(Caller caller, long locationId, NotificationSettings.SettingsBody body) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        Location location = location(locationId);
        NotificationSettings wanted = validated(body, read(location), location.defaultRegion());
        locations.setLanguage(locationId, wanted.language());
        db.sql("""
                        insert into notification_settings (location_id, staff_email, staff_phone)
                        values (:location, :email, :phone)
                        on conflict (location_id) do update set staff_email = excluded.staff_email, staff_phone = excluded.staff_phone
                        """)
                .param("location", locationId)
                .param("email", wanted.staffEmail())
                .param("phone", wanted.staffPhone())
                .update();
        activity.record(
                locationId,
                caller,
                "updated",
                "notification_settings",
                locationId,
                Map.of("language", wanted.language(), "staff_email", wanted.staffEmail()));
        return wanted;
    }

    private NotificationSettings read(Location location) {
        return db.sql("select staff_email, staff_phone from notification_settings where location_id = :location")
                .param("location", location.id())
                .query((rs, n) -> new NotificationSettings(location.language(), rs.getString(1), rs.getString(2)))
                .optional()
                .orElse(new NotificationSettings(location.language(), "", ""));
    }

    private Location location(long id) {
        return locations.find(id).orElseThrow(() -> Refusal.notFound("Location").exception());
    }

    private static NotificationSettings validated(
            NotificationSettings.SettingsBody body, NotificationSettings current, String region) {
        if (body == null) {
            throw Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required"))
                    .exception();
        }
        String language =
                body.language() == null ? current.language() : body.language().strip();
        String email = body.staffEmail() == null
                ? current.staffEmail()
                : body.staffEmail().strip();
        String phone = body.staffPhone() == null
                ? current.staffPhone()
                : body.staffPhone().strip();
        PhoneNumber parsed =
                phone.isEmpty() ? null : PhoneNumber.parse(phone, region).orElse(null);
        new Validation()
                .check(Location.LANGUAGES.contains(language), "language", "must be one of " + Location.LANGUAGES)
                .check(
                        body.staffEmail() == null || EmailAddress.blankOrValid(email),
                        "staff_email",
                        "is not an email address")
                .check(email.length() <= 200, "staff_email", "is longer than 200 characters")
                .check(phone.isEmpty() || parsed != null, "staff_phone", "is not a phone number")
                .orThrow();
        return new NotificationSettings(
                language,
                body.staffEmail() == null ? email : EmailAddress.storable(email),
                parsed == null ? "" : parsed.e164());
    }
}
