-- The load benchmark's dataset, written straight into a Kairos schema that Flyway has made.
-- One chain, five locations in Europe/Berlin open Monday to Saturday 09:00-19:00, 50 team
-- members at the first location and 10 at each of the others, four services per location linked
-- to every member there, 4,000 clients per location and exactly 100,000 appointments over the
-- 120 days before today and the 30 days after it. Every appointment stays inside one clock hour
-- of its team member's day, so no two active ones overlap and the exclusion constraint holds.
-- Days from today + 31 on are left empty: the booking run books there.

select setseed(0.42);

create temporary table bench_today as select (now() at time zone 'Europe/Berlin')::date as today;

insert into chains (title) values ('Bench Barbers');

insert into locations (chain_id, title, time_zone, city, booking_max_advance_days)
select (select max(id) from chains), 'Bench Barbers ' || n, 'Europe/Berlin', 'Berlin', 365
  from generate_series(1, 5) n;

insert into location_hours (location_id, day_of_week, opens_at, closes_at)
select l.id, d, '09:00', '19:00' from locations l, generate_series(1, 6) d;

insert into positions (chain_id, title) values ((select max(id) from chains), 'Barber');

-- 50 members at the first location, 10 at each of the other four.
insert into team_members (location_id, position_id, name, specialization, weight)
select l.id, (select max(id) from positions), 'Barber ' || l.id || '-' || n, 'Barber', 100 - n
  from (select id, row_number() over (order by id) as rank from locations) l,
       generate_series(1, 50) n
 where n <= case when l.rank = 1 then 50 else 10 end;

insert into team_member_locations (team_member_id, location_id) select id, location_id from team_members;

insert into team_member_weekly_hours (team_member_id, location_id, day_of_week, starts_at, ends_at)
select m.id, m.location_id, d, '09:00', '19:00' from team_members m, generate_series(1, 6) d;

-- Each service, with its buffer, fits in one hour: the benchmark books "Haircut" (45 + 10 minutes).
create temporary table bench_service_specs (title text, minutes int, buffer_minutes int, price int, rank int);
insert into bench_service_specs values
    ('Haircut', 45, 10, 35, 1), ('Beard trim', 30, 10, 20, 2), ('Consultation', 15, 0, 0, 3), ('Styling', 60, 0, 45, 4);

insert into services (location_id, title, duration_seconds, buffer_after_seconds, price_min, price_max, weight)
select l.id, s.title, s.minutes * 60, s.buffer_minutes * 60, s.price, s.price, 10 - s.rank
  from locations l, bench_service_specs s order by l.id, s.rank;

insert into service_staff (service_id, team_member_id)
select s.id, m.id from services s join team_members m on m.location_id = s.location_id;

insert into clients (chain_id, location_id, name, surname, phone)
select l.chain_id, l.id, 'Client', l.id || '-' || n, '+4930' || (1000000 + l.id * 10000 + n)
  from locations l, generate_series(1, 4000) n;

create temporary table bench_clients as
select id, location_id, row_number() over (partition by location_id order by id) - 1 as rank from clients;
create index on bench_clients (location_id, rank);

create temporary table bench_services as
select s.id, s.location_id, s.duration_seconds, s.buffer_after_seconds, b.rank - 1 as rank
  from services s join bench_service_specs b on b.title = s.title;

-- Every (member, working day, hour) is a candidate; 100,000 of them are drawn at random.
create temporary table bench_plan as
select nextval(pg_get_serial_sequence('appointments', 'id')) as id, c.*
  from (select m.id as member_id, m.location_id, (select today from bench_today) + k as day, hour,
               floor(random() * 4)::int as service_rank, random() as roll, floor(random() * 4000)::int as client_rank
          from team_members m,
               generate_series(-120, 30) k,
               generate_series(9, 18) hour
         where extract(isodow from (select today from bench_today) + k) <> 7
         order by random()
         limit 100000) c;

insert into appointments (id, location_id, team_member_id, client_id, starts_at, ends_at, busy_from, busy_until, status,
                          client_confirmed, online, source, record_hash, created_at, updated_at, confirmed_at,
                          completed_at, no_show_at, cancelled_at)
select p.id, p.location_id, p.member_id, c.id, t.starts_at, t.starts_at + make_interval(secs => s.duration_seconds),
       t.starts_at, t.starts_at + make_interval(secs => s.duration_seconds + s.buffer_after_seconds), st.status,
       p.roll < 0.3, p.roll < 0.5, case when p.roll < 0.5 then 'online' else 'admin' end,
       md5(p.id::text || random()::text), t.starts_at - interval '7 days', t.starts_at - interval '7 days',
       case when st.status not in ('requested', 'cancelled') then t.starts_at - interval '6 days' end,
       case when st.status = 'completed' then t.starts_at + interval '1 hour' end,
       case when st.status = 'no_show' then t.starts_at + interval '15 minutes' end,
       case when st.status = 'cancelled' then t.starts_at - interval '2 days' end
  from bench_plan p
  join bench_services s on s.location_id = p.location_id and s.rank = p.service_rank
  join bench_clients c on c.location_id = p.location_id and c.rank = p.client_rank
  cross join lateral (select ((p.day + make_time(p.hour, 0, 0)) at time zone 'Europe/Berlin') as starts_at) t
  cross join lateral (select case
           when p.day >= (select today from bench_today) then
                case when p.roll < 0.05 then 'cancelled' when p.roll < 0.10 then 'requested' else 'confirmed' end
           else case when p.roll < 0.07 then 'cancelled' when p.roll < 0.10 then 'no_show' else 'completed' end
       end as status) st;

insert into appointment_services (appointment_id, service_id, first_cost, cost)
select p.id, s.id, ss.price_min, ss.price_min
  from bench_plan p
  join bench_services s on s.location_id = p.location_id and s.rank = p.service_rank
  join services ss on ss.id = s.id;

analyze;
