-- Merging duplicate clients: a merged client is marked deleted and names the client it went into.
alter table clients add column merged_into bigint references clients;

-- A booking that read a duplicate's id just before a merge writes its appointment (and visit) after
-- it. The merge holds the duplicate's row FOR UPDATE; this lock (FOR KEY SHARE, the one the foreign
-- key takes anyway) waits for it and then reads the row as the merge left it, so the row lands on
-- the kept client instead of a deleted one.
-- An unknown client_id is left as it is, for the foreign key to refuse.
create or replace function client_follow_merge() returns trigger
    language plpgsql as $$
declare
    target bigint;
begin
    if new.client_id is not null then
        select coalesce(c.merged_into, c.id) into target
          from clients c where c.id = new.client_id for key share;
        if found then
            new.client_id := target;
        end if;
    end if;
    return new;
end $$;

create trigger appointments_client_follow_merge before insert or update of client_id on appointments
    for each row execute function client_follow_merge();
create trigger visits_client_follow_merge before insert or update of client_id on visits
    for each row execute function client_follow_merge();
create trigger payment_transactions_client_follow_merge before insert or update of client_id on payment_transactions
    for each row execute function client_follow_merge();
create trigger walk_in_visits_client_follow_merge before insert or update of client_id on walk_in_visits
    for each row execute function client_follow_merge();
