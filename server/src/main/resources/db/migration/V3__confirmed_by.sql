-- Who confirmed a requested appointment, next to who rejected or cancelled one.
alter table appointments add column confirmed_by bigint;
