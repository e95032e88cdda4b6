-- Availability reads the time team members are held in a window of days. The btree on
-- (team_member_id, starts_at) can only narrow that to each member's whole history; this index
-- finds the appointments whose busy span overlaps the window. Unlike the exclusion constraint's
-- index it also covers overbooked appointments, which hold the member's time all the same.
create index appointments_member_busy on appointments using gist (team_member_id, tstzrange(busy_from, busy_until))
    where event_id is null and status in ('requested', 'confirmed', 'arrived', 'completed');
