package dev.kairos.bench.load;

/**
 * The SQL a named-member book_record sends inside its transaction, in the server's order, as the
 * server composes it. Copied, not referenced: the bench does not depend on the server (a Spring
 * Boot application whose jar is repackaged), and most of these constants are private to their
 * classes there. Each constant names its source; a change there has to be made here too.
 */
final class BookRecordSql {

    private BookRecordSql() {}

    // availability/AvailabilityRepository: MEMBER_HOURS.
    private static final String MEMBER_HOURS = """
            coalesce((select json_agg(json_build_array(w.day_of_week, w.starts_at, w.ends_at)
                                      order by w.day_of_week, w.starts_at)
                        from team_member_weekly_hours w
                       where w.location_id = :loc and w.team_member_id = m.id), '[]') as weekly,
            coalesce((select json_agg(json_build_array(d.day, d.is_working, s.starts_at, s.ends_at)
                                      order by d.day, s.starts_at)
                        from team_member_schedule_days d
                        left join team_member_schedule_slots s
                          on s.team_member_id = d.team_member_id and s.location_id = d.location_id and s.day = d.day
                       where d.location_id = :loc and d.team_member_id = m.id and d.day between :from and :to), '[]') as special,
            case when m.location_id = :loc then '[[null, null]]'::json
                 else (select json_agg(json_build_array(tl.starts_on, tl.ends_on))
                         from team_member_locations tl where tl.team_member_id = m.id and tl.location_id = :loc) end as periods
            """;

    // availability/AvailabilityRepository: RULES_VERSION. The server reads only the location's rules
    // version while its snapshot of the rules (RulesSnapshots) is current, as it is in a run.
    private static final String RULES_VERSION =
            "select l.rules_version from locations l where l.id = :loc and not l.deleted";

    // availability/AvailabilityRepository: MEMBER.
    private static final String MEMBER = "select m.id, " + MEMBER_HOURS + """
              from team_members m
             where m.id = :only
               and (m.location_id = :loc or exists (select 1 from team_member_locations tl
                                                     where tl.team_member_id = m.id and tl.location_id = :loc)
                    or exists (select 1 from service_staff ss join services s on s.id = ss.service_id
                                where ss.team_member_id = m.id and s.id = any(:ids) and s.location_id = :loc
                                  and not s.use_staff_from_location))
               and not m.fired and not m.deleted and (not :online or not m.hidden)
               and not exists (select 1 from services s
                                where s.location_id = :loc and s.id = any(:ids) and not s.deleted and not s.requires_staff)
            """;

    // availability/HeldTime: APPOINTMENTS, for one member (ONE_MEMBER).
    private static final String HELD_ONE_MEMBER = """
            select team_member_id, busy_from, busy_until from appointments
             where team_member_id = :member and event_id is null and holds_time(status)
               and busy_from > :from - interval '24 hours' and busy_from < :until and busy_until > :from
               and id <> :exclude
            union all
            select team_member_id, busy_from, busy_until from appointments
             where team_member_id = :member and event_id is null and holds_time(status)
               and busy_until - busy_from >= interval '1 day' and tstzrange(busy_from, busy_until) && tstzrange(:from, :until)
               and busy_from <= :from - interval '24 hours' and id <> :exclude
            """;

    // availability/HeldTime: OFFERS, for one member as ONE_MEMBER_BUSY has it.
    private static final String OFFERS_ONE_MEMBER = """
            select w.offer_team_member_id, w.offer_start,
                   w.offer_start + make_interval(secs => coalesce(l.duration_seconds, s.duration_seconds))
              from waitlist_entries w
              join services s on s.id = w.service_id
              left join service_staff l on l.service_id = w.service_id and l.team_member_id = w.offer_team_member_id
             where w.offer_team_member_id = :member and w.status = 'offered' and w.offer_expires_at > :now
               and w.offer_start < :until
               and w.offer_start + make_interval(secs => coalesce(l.duration_seconds, s.duration_seconds)) > :from
            """;

    // availability/AvailabilityRepository: ONE_MEMBER_BUSY_IN_BATCH.
    private static final String ONE_MEMBER_BUSY = (HELD_ONE_MEMBER + """
                    union all
                    select team_member_id, starts_at, ends_at from events
                     where team_member_id = :member and not deleted and starts_at < :until and ends_at > :from
                    union all
                    """ + OFFERS_ONE_MEMBER)
            .replace(":from", ":busyFrom")
            .replace(":until", ":busyUntil");

    /**
     * The booking's first round trip (AvailabilityRepository.load as the commit's re-check calls it
     * for a named member with the services known and its rules snapshot current): the share lock
     * on the team member, the location's rules version, the member with her hours, and her held
     * time. Rows of the last query: (member, from, until).
     */
    static final String RECHECK = String.join(
            ";\n",
            "select id from team_members where id = any(:shareMembers) order by id for share",
            RULES_VERSION,
            MEMBER,
            ONE_MEMBER_BUSY);

    // clients/Clients: COLUMNS.
    private static final String CLIENT_COLUMNS = """
            chain_id, location_id, name, surname, patronymic, phone, email, gender, importance,
                                 discount, card, birth_date, comment, sms_check, sms_not, spent, balance""";

    // clients/Clients: INSERT_FROM_LOCATION.
    private static final String INSERT_CLIENT_FROM_LOCATION = "insert into clients (" + CLIENT_COLUMNS + ")\n" + """
            select l.chain_id, l.id, :name, :surname, :patronymic, :phone, :email, :sex, :importance,
                   :discount, :card, :birthDate, :comment, :smsCheck, :smsNot, :spent, :balance
              from locations l
             where l.id = :location and l.chain_id = :chain
            """;

    // clients/Clients: UNLESS_PHONE_TAKEN.
    private static final String UNLESS_PHONE_TAKEN = """
            on conflict (location_id, phone) where phone <> '' and not deleted do nothing
            returning id
            """;

    // clients/Clients: FIND_OR_MAKE (clients/ClientByPhone: TABLES), ending in client(id, created).
    private static final String CLIENT_FIND_OR_MAKE =
            """
            found as (select id from clients where location_id = :location and phone = :phone and not deleted),
            made as (""" + INSERT_CLIENT_FROM_LOCATION + " and not exists (select 1 from found) " + UNLESS_PHONE_TAKEN + """
            ),
            client as (select id, false as created from found union all select id, true from made)""";

    // booking/VisitGrouping: CLIENT_HELD, ending in who(client_id).
    private static final String CLIENT_HELD = """
            seen as materialized (
                select c.id, c.xmin from clients c join client k on k.id = c.id where not k.created),
            touched as (
                update clients c set id = c.id from seen s where c.id = s.id and c.xmin = s.xmin
                returning c.id),
            who as (select k.id as client_id from client k where k.created or exists (select 1 from touched))""";

    // booking/VisitGrouping: JOIN_OR_CREATE_TABLES, ending in visit(id).
    private static final String VISIT_JOIN_OR_CREATE = """
            l as (select id, time_zone, visit_grouping,
                         ((cast(:start as timestamptz) at time zone time_zone)::date) as day
                    from locations where id = :location),
            mine as materialized (
                select o.visit_id, o.starts_at, o.ends_at
                  from appointments o, l
                 where o.client_id = (select client_id from who) and o.location_id = l.id
                   and o.starts_at >= l.day::timestamp at time zone l.time_zone
                   and o.starts_at < (l.day + 1)::timestamp at time zone l.time_zone
                   and o.id <> coalesce(cast(:self as bigint), -1)
                   and o.status not in ('cancelled', 'rejected')),
            joined as (
                select m.visit_id as id
                  from mine m, l
                 where m.visit_id is not null
                   and (l.visit_grouping = 'same_client_same_day'
                        or (l.visit_grouping = 'back_to_back' and (m.ends_at = :start or m.starts_at = :end)))
                 order by m.visit_id limit 1),
            created as (
                insert into visits (location_id, client_id, day)
                select l.id, w.client_id, l.day from l, who w
                 where not exists (select 1 from joined)
                returning id),
            visit as (select id from joined union all select id from created)""";

    // booking/AppointmentWriter: INTO_APPOINTMENTS.
    private static final String INTO_APPOINTMENTS = """
            insert into appointments (location_id, team_member_id, client_id, event_id, starts_at, ends_at,
                busy_from, busy_until, status, confirmed_at, arrived_at, no_show_at, online, source,
                master_requested, clients_count, comment, api_id, record_hash, created_user_id, client_name,
                client_phone, client_email, overbooked, created_at, updated_at, visit_id, services_cost,
                technical_break_seconds, sms_remain_hours, email_remain_hours""";

    // booking/AppointmentWriter: INTO_LINES.
    private static final String INTO_LINES =
            "insert into appointment_services (appointment_id, service_id, position, amount, first_cost, discount, cost)";

    // booking/AppointmentWriter: LINES.
    private static final String LINES = INTO_LINES + """

            select t.id, l.service_id, l.position - 1, l.amount, l.first_cost, l.discount, l.cost
              from target t,
                   unnest(cast(:lineServices as bigint[]), cast(:lineAmounts as int[]), cast(:lineFirstCosts as numeric[]),
                          cast(:lineDiscounts as numeric[]), cast(:lineCosts as numeric[]))
                   with ordinality as l(service_id, amount, first_cost, discount, cost, position)
            """;

    // booking/AppointmentWriter: appointmentTables(onConflict), ending in a(id) and holds.
    private static String appointmentTables(String onConflict) {
        return "a as (\n" + INTO_APPOINTMENTS + """
                )
                select :locationId, :teamMemberId, w.client_id, :eventId, :start, :end, :busyFrom, :busyUntil,
                       :status, :confirmedAt, :arrivedAt, :noShowAt, :online, :source, :masterRequested, :clientsCount,
                       :note, :apiId, :recordHash, :createdUserId, :clientName, :clientPhone, :clientEmail,
                       :overbooked, :createdAt, :createdAt, v.id, :servicesCost, :technicalBreakSeconds,
                       :smsHours, :emailHours
                  from who w, visit v
                """ + onConflict + "\nreturning id),\n" + """
                target as (select id from a),
                lines as (""" + LINES + """
                ),
                holds as (
                    insert into appointment_resources (appointment_id, resource_instance_id, busy_from, busy_until, active)
                    select t.id, h.instance, h.busy_from, h.busy_until, true
                      from target t,
                           unnest(cast(:holdInstances as bigint[]), cast(:holdFroms as timestamptz[]),
                                  cast(:holdUntils as timestamptz[])) as h(instance, busy_from, busy_until)
                    """ + onConflict
                + "\nreturning resource_instance_id)";
    }

    /**
     * booking/AppointmentWriter.INSERT_WITH_CLIENT: the booking's one write. Its client found by
     * phone or made, and held; its visit joined or made; the appointment with its lines and holds,
     * each insert refused by doing nothing when an exclusion constraint finds its time taken. One
     * row: (client_id, created, held, appointment_id, holds). No client, or not held: run it again
     * (another booking made or changed the client meanwhile). No appointment, or fewer holds than
     * asked: the time is taken, and what the statement wrote before has to be rolled back.
     */
    static final String INSERT_WITH_CLIENT = "with " + CLIENT_FIND_OR_MAKE + ",\n"
            + CLIENT_HELD + ",\n" + VISIT_JOIN_OR_CREATE + ",\n"
            + appointmentTables("on conflict do nothing") + """

            select (select id from client) as client_id, coalesce((select created from client), false) as created,
                   exists (select 1 from who) as held, (select id from a) as appointment_id,
                   (select count(*) from holds) as holds
            """;

    /** notifications/PlannedNotifications.BOOKED: the new appointment's messages, planned as it is booked. */
    static final String PLAN_NOTIFICATIONS = """
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

    /**
     * The writes platform/CommitWrites sends just before the commit, in one round trip: the
     * activity log's entries (audit/ActivityLog.write) and the webhook outbox's rows
     * (webhooks/Outbox.write).
     */
    static final String COMMIT_WRITES = """
            insert into activity_log (location_id, chain_id, user_id, partner_id, action, entity, entity_id, details)
            select e.location, e.chain, e.usr, e.partner, e.action, e.entity, e.entity_id, cast(e.details as jsonb)
              from unnest(cast(:locations as bigint[]), cast(:chains as bigint[]), cast(:users as bigint[]),
                          cast(:partners as bigint[]), cast(:actions as text[]), cast(:entities as text[]),
                          cast(:entityIds as bigint[]), cast(:details as text[]))
                   with ordinality as e(location, chain, usr, partner, action, entity, entity_id, details, n)
             order by e.n;
            insert into webhook_events (location_id, resource, resource_id, status, created_at)
            select c.location, c.resource, c.id, c.status, cast(:at as timestamptz)
              from unnest(cast(:changeLocations as bigint[]), cast(:resources as text[]), cast(:ids as bigint[]),
                          cast(:statuses as text[])) with ordinality as c(location, resource, id, status, n)
              join webhook_settings s on s.location_id = c.location and s.active and c.resource = any (s.resources)
             order by c.n
            """;
}
