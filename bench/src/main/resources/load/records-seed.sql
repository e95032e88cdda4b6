-- The records benchmark's dataset, written straight into a Kairos schema that Flyway has made.
-- One chain of 20 locations in Europe/Berlin, each with 10 team members, 5 services in 2
-- categories and 5,000 clients, and seven one-hour appointments a day per team member over the
-- 730 days around today: 1,022,000 appointments, none overlapping. Past ones are completed,
-- no-show or cancelled, future ones confirmed or cancelled; a third were booked online; two in
-- three completed ones are paid. Every appointment has one service line; it carries that line's
-- cost and what was paid (services_cost, paid_amount) in its own row, as Kairos writes them.

create temporary table records_first_day as
select (now() at time zone 'Europe/Berlin')::date - 365 as first_day;

insert into chains (title) values ('Records benchmark');

insert into locations (chain_id, title, time_zone, city)
select (select max(id) from chains), 'Records ' || n, 'Europe/Berlin', 'Berlin' from generate_series(1, 20) n;

insert into team_members (location_id, name, specialization)
select l.id, 'Member ' || l.id || '-' || n, 'Stylist'
  from locations l, generate_series(1, 10) n where l.chain_id = (select max(id) from chains);

insert into service_categories (location_id, title)
select l.id, c from locations l, unnest(array['Hair', 'Body']) c where l.chain_id = (select max(id) from chains);

insert into services (location_id, category_id, title, duration_seconds, price_min, price_max)
select l.id, (select min(id) from service_categories where location_id = l.id) + s % 2, 'Service ' || s, 3600,
       20 + 10 * s, 20 + 10 * s
  from locations l, generate_series(1, 5) s where l.chain_id = (select max(id) from chains);

insert into clients (chain_id, location_id, name, surname, phone)
select l.chain_id, l.id, 'Client' || c, 'Surname' || (c % 500), '+4930' || lpad((l.id * 100000 + c)::text, 9, '0')
  from locations l, generate_series(1, 5000) c where l.chain_id = (select max(id) from chains);

insert into appointments (location_id, team_member_id, client_id, starts_at, ends_at, busy_from, busy_until, status,
                          online, source, record_hash, created_at, updated_at, confirmed_at, cancelled_at,
                          services_cost, paid_amount)
select t.location_id, t.id, b.first_client + (t.id * 7919 + d * 31 + s) % 5000,
       x.starts, x.starts + interval '1 hour', x.starts, x.starts + interval '1 hour', x.status,
       (d + s) % 3 = 0, case when (d + s) % 3 = 0 then 'online' else 'admin' end, md5(t.id || '-' || d || '-' || s),
       x.starts - interval '3 days', x.starts - interval '2 days', x.starts - interval '3 days',
       case when x.status = 'cancelled' then x.starts - interval '1 day' end,
       x.price, case when x.status = 'completed' and (t.id + d + 2 * s) % 3 <> 0 then x.price else 0 end
  from team_members t
  join locations l on l.id = t.location_id and l.chain_id = (select max(id) from chains)
  join (select location_id, min(id) as first_client from clients group by location_id) b on b.location_id = t.location_id
 cross join generate_series(0, 729) d
 cross join generate_series(0, 6) s
 cross join records_first_day f
 cross join lateral (
       -- Each location's five services cost 30, 40, 50, 60 and 70: the line's service is chosen by its price.
       select z.starts, 30 + 10 * ((t.id * 3 + d + s) % 5) as price,
              case when z.starts < now()
                   then (case (d + s + t.id) % 10 when 0 then 'no_show' when 1 then 'cancelled' else 'completed' end)
                   else (case (d + s + t.id) % 10 when 1 then 'cancelled' else 'confirmed' end) end as status
         from (select ((f.first_day + d) + time '09:00' + s * interval '1 hour') at time zone 'Europe/Berlin' as starts) z) x;

insert into appointment_services (appointment_id, service_id, first_cost, discount, cost)
select a.id, v.id, v.price_min, 0, v.price_min
  from appointments a
  join locations l on l.id = a.location_id and l.chain_id = (select max(id) from chains)
  join services v on v.location_id = a.location_id and v.price_min = a.services_cost;

insert into accounts (location_id, title)
select id, 'Till' from locations where chain_id = (select max(id) from chains);

insert into payment_transactions (location_id, appointment_id, account_id, client_id, amount, created_at)
select a.location_id, a.id, c.id, a.client_id, a.paid_amount, a.ends_at
  from appointments a
  join locations l on l.id = a.location_id and l.chain_id = (select max(id) from chains)
  join accounts c on c.location_id = a.location_id
 where a.paid_amount > 0;

