-- Finding a client as a front desk types them: "ida meyer" for Ida Meyer (name and surname as one
-- text), "muller" for Müller. unaccent() is only stable (its dictionary could change), so an
-- immutable wrapper naming the dictionary lets an index hold the folded full name.
create extension if not exists unaccent;

create or replace function search_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create index clients_full_name_folded_trgm
    on clients using gin (search_fold(name || ' ' || surname) gin_trgm_ops);
