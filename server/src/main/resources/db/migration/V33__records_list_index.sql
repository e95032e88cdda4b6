-- The records list leaves cancelled and rejected appointments out unless asked: this index holds
-- just the live ones in calendar order, so a page and its total_count are read from the index
-- alone instead of visiting every appointment of the location to look at its status.
create index appointments_location_start_live on appointments (location_id, starts_at, id)
    where status not in ('cancelled', 'rejected');
