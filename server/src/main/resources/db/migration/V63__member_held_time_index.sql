-- Availability reads the time team members are held in a window of days, for one member or for
-- fifty at once. The GiST index of V31 answered that with one descent of a wide tree per member
-- and a heap visit per appointment; with fifty members it was the costliest part of a read.
--
-- Most appointments last less than a day, so one that overlaps a window starts at most a day
-- before it: a btree on (member, start) with the end and the id included finds those with an
-- index-only range scan. The few that last a day or longer get a small GiST index of their own.
-- dev.kairos.availability.HeldTime writes the two halves of every such query.
drop index appointments_member_busy;

create index appointments_member_held on appointments (team_member_id, busy_from) include (busy_until, id)
    where event_id is null and status in ('requested', 'confirmed', 'arrived', 'completed');

create index appointments_member_held_long on appointments using gist (team_member_id, tstzrange(busy_from, busy_until))
    where event_id is null and status in ('requested', 'confirmed', 'arrived', 'completed')
      and busy_until - busy_from >= interval '1 day';
