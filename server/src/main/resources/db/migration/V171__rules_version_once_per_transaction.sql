-- A location's rules version goes up once per transaction, not once per row written. The row
-- triggers of V170 updated the location's row for every service, link and hour a transaction wrote:
-- a bulk setup (an import, a seed of 400 rows) left hundreds of versions of a handful of location
-- rows, and a table that every booking and every read joins on grew to ten times its pages, which
-- VACUUM does not give back. A reader only ever sees the version a committed transaction leaves, so
-- one bump per location per transaction tells it everything the others did.
--
-- The locations a transaction has bumped are kept in a transaction-local setting. It ends with the
-- transaction, and a bump made inside a savepoint that is rolled back is forgotten with the setting.
create function bump_rules_version(keys bigint[]) returns void
    language plpgsql as $$
declare
    bumped bigint[] := coalesce(nullif(current_setting('kairos.rules_bumped', true), '')::bigint[], '{}');
    fresh bigint[];
begin
    fresh := array(select distinct k from unnest(keys) k where k is not null and k <> all(bumped));
    if cardinality(fresh) = 0 then
        return;
    end if;
    update locations set rules_version = rules_version + 1 where id = any(fresh);
    perform set_config('kairos.rules_bumped', (bumped || fresh)::text, true);
end $$;

create or replace function rules_changed() returns trigger
    language plpgsql as $$
declare
    keys bigint[];
begin
    keys := array[(to_jsonb(old) ->> tg_argv[0])::bigint, (to_jsonb(new) ->> tg_argv[0])::bigint];
    if tg_argv[0] = 'service_id' then
        keys := array(select s.location_id from services s where s.id = any(keys));
    end if;
    perform bump_rules_version(keys);
    return null;
end $$;

create or replace function rules_changed_of_linked() returns trigger
    language plpgsql as $$
declare
    keys bigint[];
begin
    execute format(
        'select array(select s.location_id from %I l join services s on s.id = l.service_id where l.%I = $1)',
        tg_argv[0], tg_argv[1])
        into keys
        using new.id;
    perform bump_rules_version(keys);
    return null;
end $$;
