-- What an appointment costs (its service lines after discounts) and what was paid for it (payments
-- and refunds that are not deleted), kept on the appointment so "fully paid" and "not fully paid"
-- are a comparison of two columns instead of two sums per appointment. Every statement that
-- writes service lines or payments writes these in the same statement; a new appointment carries
-- its cost in its insert.
alter table appointments add column services_cost numeric not null default 0;
alter table appointments add column paid_amount numeric not null default 0;

update appointments a
   set services_cost = coalesce((select sum(x.cost) from appointment_services x where x.appointment_id = a.id), 0),
       paid_amount = coalesce((select sum(p.amount) from payment_transactions p where p.appointment_id = a.id and not p.deleted), 0)
 where exists (select 1 from appointment_services x where x.appointment_id = a.id)
    or exists (select 1 from payment_transactions p where p.appointment_id = a.id);
