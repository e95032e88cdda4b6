-- A location's rules version: bumped, in the writing transaction, whenever anything an online
-- booking reads as the location's rules changes (the location's own booking columns, its hours and
-- special days, its services with their staff, hours, resources and excluded staff, and the flags of
-- the team members and resources those services join on). A booking that reads the same version
-- in its transaction (after its share locks) books against the rules it cached with that version.
-- The bump updates the location's row (FOR NO KEY UPDATE), which does not conflict with the key
-- share lock a booking's foreign keys take on it. The bumps for other tables are deferred to the
-- commit: the location's row is then locked last, after every row the transaction writes, so that
-- two transactions editing one location's services wait for each other as they did before rather
-- than deadlock over the location's row.
alter table locations add column rules_version bigint not null default 0;

-- The location's own columns that its rules hold: bumped in place, unless the update bumps it itself.
create function locations_rules_version() returns trigger
    language plpgsql as $$
begin
    if new.rules_version = old.rules_version
       and (new.chain_id, new.time_zone, new.slot_step_minutes, new.booking_min_lead_minutes,
            new.booking_max_advance_days, new.deleted)
           is distinct from
           (old.chain_id, old.time_zone, old.slot_step_minutes, old.booking_min_lead_minutes,
            old.booking_max_advance_days, old.deleted) then
        new.rules_version := old.rules_version + 1;
    end if;
    return new;
end $$;

create trigger locations_rules_version before update on locations
    for each row execute function locations_rules_version();

-- A row that names its location or its service, in the column the trigger's argument names
-- (location_id or service_id): the locations of the row as it was and as it is (OLD is null for an
-- insert, NEW for a delete).
create function rules_changed() returns trigger
    language plpgsql as $$
declare
    keys bigint[];
begin
    keys := array[(to_jsonb(old) ->> tg_argv[0])::bigint, (to_jsonb(new) ->> tg_argv[0])::bigint];
    if tg_argv[0] = 'service_id' then
        keys := array(select s.location_id from services s where s.id = any(keys));
    end if;
    update locations set rules_version = rules_version + 1 where id = any(keys);
    return null;
end $$;

create constraint trigger location_hours_rules_version after insert or update or delete on location_hours
    deferrable initially deferred
    for each row execute function rules_changed('location_id');
create constraint trigger location_special_days_rules_version after insert or update or delete on location_special_days
    deferrable initially deferred
    for each row execute function rules_changed('location_id');
create constraint trigger services_rules_version after insert or update or delete on services
    deferrable initially deferred
    for each row execute function rules_changed('location_id');
create constraint trigger service_staff_rules_version after insert or update or delete on service_staff
    deferrable initially deferred
    for each row execute function rules_changed('service_id');
create constraint trigger service_hours_rules_version after insert or update or delete on service_hours
    deferrable initially deferred
    for each row execute function rules_changed('service_id');
create constraint trigger service_resources_rules_version after insert or update or delete on service_resources
    deferrable initially deferred
    for each row execute function rules_changed('service_id');
create constraint trigger service_excluded_staff_rules_version after insert or update or delete on service_excluded_staff
    deferrable initially deferred
    for each row execute function rules_changed('service_id');

-- A team member or resource whose deleted or fired flag changed: the locations of the services
-- that link it, through the link table and column the trigger names (TG_ARGV).
create function rules_changed_of_linked() returns trigger
    language plpgsql as $$
begin
    execute format(
        'update locations set rules_version = rules_version + 1
          where id in (select s.location_id from %I l join services s on s.id = l.service_id where l.%I = $1)',
        tg_argv[0], tg_argv[1])
        using new.id;
    return null;
end $$;

create constraint trigger team_members_rules_version after update on team_members
    deferrable initially deferred
    for each row when (old.deleted is distinct from new.deleted or old.fired is distinct from new.fired)
    execute function rules_changed_of_linked('service_staff', 'team_member_id');
create constraint trigger resources_rules_version after update on resources
    deferrable initially deferred
    for each row when (old.deleted is distinct from new.deleted)
    execute function rules_changed_of_linked('service_resources', 'resource_id');
