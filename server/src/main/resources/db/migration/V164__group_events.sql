-- Group events are managed through the API and the admin pages: an own price (null: the
-- service's), a change stamp, and the database's guarantee that two live events never share a
-- team member's or a room's time. An event against an appointment is kept apart by the booking
-- paths' lock on the team member (or the resource) and the re-check under it, as the appointments'
-- own constraint cannot see events.
alter table events add column price numeric(12, 2) check (price >= 0);
alter table events add column created_at timestamptz not null default now();
alter table events add column updated_at timestamptz not null default now();

alter table events add constraint events_no_staff_overlap exclude using gist (
    team_member_id with =,
    tstzrange(starts_at, ends_at) with &&
) where (team_member_id is not null and not deleted);

alter table events add constraint events_no_room_overlap exclude using gist (
    resource_instance_id with =,
    tstzrange(starts_at, ends_at) with &&
) where (resource_instance_id is not null and not deleted);

create index appointments_event on appointments (event_id) where event_id is not null;
