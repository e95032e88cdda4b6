-- Catalog rules the application enforces, backed by the database as well.

-- Altegio's technical break: none, or a multiple of 5 minutes up to an hour.
alter table services add constraint services_technical_break_step
    check (technical_break_seconds % 300 = 0);

-- A closed day carries no times.
alter table service_hours add constraint service_hours_closed_has_no_times
    check (not is_closed or (opens_at is null and closes_at is null));

create index services_category on services (category_id) where category_id is not null;
