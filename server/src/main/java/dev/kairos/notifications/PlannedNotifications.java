package dev.kairos.notifications;

import dev.kairos.booking.AppointmentBooked;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a {@link Plan} as rows of {@code notifications}, in one statement: the rules that apply to
 * each appointment (its first service's rules for an event, else the location's), the reminders the
 * appointment asks for itself (they replace the rules' client reminders on that channel), due times
 * from the offsets, and what the change makes void. The unique key makes it idempotent, and a
 * reminder's row is per rule and start: moving back to a start whose reminder went out sends it
 * no second time, and a reminder dropped by a move comes back when the appointment does.
 */
@Repository
class PlannedNotifications {

    private static final String PLAN = """
            with appt as (
                select a.id, a.location_id, a.starts_at, a.ends_at, a.version, a.status, a.sms_remain_hours,
                       a.email_remain_hours,
                       (select x.service_id from appointment_services x where x.appointment_id = a.id
                         order by x.position limit 1) as service_id
                  from appointments a
                 where a.id = any(:ids)
            ),
            by_rule as (
                select a.id as appointment_id, r.id as rule_id, r.event, r.target, r.channel, r.offset_minutes
                  from appt a
                  join notification_rules r on r.location_id = a.location_id and r.active
                 where (r.event = any(:events) or (:reminders and r.event = 'reminder'))
                   and (r.service_id = a.service_id
                        or (r.service_id is null and not exists (
                                select 1 from notification_rules o
                                 where o.location_id = a.location_id and o.service_id = a.service_id and o.event = r.event)))
                   and not (r.event = 'reminder' and r.target = 'client'
                            and ((r.channel = 'email' and a.email_remain_hours > 0)
                                 or (r.channel = 'sms' and a.sms_remain_hours > 0)))
            ),
            own as (
                select a.id, cast(null as bigint), 'reminder', 'client', c.channel, -60 * c.hours
                  from appt a
                 cross join lateral (values ('email', a.email_remain_hours), ('sms', a.sms_remain_hours)) as c(channel, hours)
                 where :reminders and c.hours > 0
            ),
            wanted as (
                select w.appointment_id, w.rule_id, w.event, w.target, w.channel, a.location_id, a.starts_at,
                       case when w.event in ('reminder', 'completed') then 0 else a.version end as revision,
                       case w.event
                           when 'reminder' then a.starts_at + make_interval(mins => w.offset_minutes)
                           when 'completed' then greatest(a.ends_at + make_interval(mins => w.offset_minutes), :now)
                           else :now
                       end as due_at
                  from (select * from by_rule union all select * from own) as w(appointment_id, rule_id, event, target,
                                                                                 channel, offset_minutes)
                  join appt a on a.id = w.appointment_id
                 where w.event <> 'reminder'
                    or (a.status in ('requested', 'confirmed')
                        and a.starts_at + make_interval(mins => w.offset_minutes) > :now)
            ),
            dropped as (
                update notifications n set status = 'dropped', error = coalesce(cast(:dropReason as text), 'the appointment was changed')
                 where n.appointment_id = any(:ids) and n.status = 'planned'
                   and (cast(:dropReason as text) is not null
                        or (n.event = any(:events) and n.revision < (select a.version from appt a where a.id = n.appointment_id))
                        or (:reminders and n.event = 'reminder' and n.due_at > :now and not exists (
                                select 1 from wanted w
                                 where w.appointment_id = n.appointment_id and w.event = 'reminder'
                                   and w.rule_id is not distinct from n.rule_id and w.target = n.target
                                   and w.channel = n.channel and w.starts_at = n.starts_at)))
                returning n.id
            )
            insert into notifications (location_id, appointment_id, rule_id, event, target, channel, starts_at, revision, due_at,
                                       created_at)
            select location_id, appointment_id, rule_id, event, target, channel, starts_at, revision, due_at, :now
              from wanted
            on conflict (appointment_id, coalesce(rule_id, 0), event, target, channel, starts_at, revision)
            do update set status = 'planned', due_at = excluded.due_at, error = ''
                    where notifications.status = 'dropped'
            """;

    /**
     * A new appointment's messages: the same rules and reminders as {@link #PLAN}, read from what the
     * booking already knows (nothing of the appointment is read back, and a new appointment has
     * nothing planned to drop), so that planning adds one short statement to a booking.
     */
    private static final String BOOKED = """
            insert into notifications (location_id, appointment_id, rule_id, event, target, channel, starts_at, revision,
                                       due_at, created_at)
            select :location, :appointment, w.rule_id, w.event, w.target, w.channel, :start, 0,
                   case when w.event = 'reminder' then cast(:start as timestamptz) + make_interval(mins => w.offset_minutes)
                        else :now end,
                   :now
              from (select r.id as rule_id, r.event, r.target, r.channel, r.offset_minutes
                      from notification_rules r
                     where r.location_id = :location and r.active
                       and (r.event = cast(:event as text)
                            or (:reminders and r.event = 'reminder'
                                and not (r.target = 'client' and ((r.channel = 'email' and :emailHours > 0)
                                                                  or (r.channel = 'sms' and :smsHours > 0)))))
                       and (r.service_id = cast(:service as bigint)
                            or (r.service_id is null and not exists (
                                    select 1 from notification_rules o
                                     where o.location_id = :location and o.service_id = cast(:service as bigint)
                                       and o.event = r.event)))
                    union all
                    select cast(null as bigint), 'reminder', 'client', c.channel, -60 * c.hours
                      from (values ('email', :emailHours), ('sms', :smsHours)) as c(channel, hours)
                     where :reminders and c.hours > 0) as w
             where w.event <> 'reminder' or cast(:start as timestamptz) + make_interval(mins => w.offset_minutes) > :now
            on conflict do nothing
            """;

    private final JdbcClient db;
    private final Clock clock;

    PlannedNotifications(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Plans a new appointment's messages.
     *
     * @param event the message about the booking itself ({@code requested}, {@code confirmed}), or null
     * @param reminders whether the appointment gets reminders (it holds its time)
     */
    void planBooked(AppointmentBooked booked, NotificationEvent event, boolean reminders) {
        db.sql(BOOKED)
                .param("location", booked.locationId())
                .param("appointment", booked.appointmentId())
                .param("service", booked.serviceId())
                .param("event", event == null ? null : event.wireName())
                .param("reminders", reminders)
                .param("smsHours", booked.reminders().sms())
                .param("emailHours", booked.reminders().email())
                .param("start", booked.start().atOffset(ZoneOffset.UTC))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    void plan(Plan plan) {
        db.sql(PLAN)
                .param("ids", plan.appointmentIds().toArray(Long[]::new))
                .param(
                        "events",
                        plan.events().stream().map(NotificationEvent::wireName).toArray(String[]::new))
                .param("reminders", plan.reminders())
                .param("dropReason", plan.dropReason())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }
}
