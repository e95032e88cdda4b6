package dev.kairos.notifications;

import dev.kairos.appointments.SentNotifications;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record's notification fields, from the messages sent to each appointment's client: one query per page. */
@Component
class SentFlags implements SentNotifications {

    private final JdbcClient db;

    SentFlags(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<Long, Flags> of(Long[] appointmentIds) {
        Map<Long, Flags> flags = new HashMap<>();
        if (appointmentIds.length == 0) {
            return flags;
        }
        db.sql("""
                        select appointment_id,
                               bool_or(channel = 'sms' and event in ('requested', 'confirmed')),
                               bool_or(channel = 'email' and event in ('requested', 'confirmed')),
                               bool_or(channel = 'sms' and event = 'reminder'),
                               bool_or(event = 'confirmed')
                          from notifications
                         where appointment_id = any(:ids) and status = 'sent' and target = 'client'
                         group by appointment_id
                        """)
                .param("ids", appointmentIds)
                .query((rs, n) -> flags.put(
                        rs.getLong(1),
                        new Flags(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5))))
                .list();
        return flags;
    }
}
