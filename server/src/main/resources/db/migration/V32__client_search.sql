-- Finding clients by a fragment of their name or phone (the records list's client_query, the
-- clients search): trigram indexes answer "contains" without reading every client.
create extension if not exists pg_trgm;
create index clients_name_trgm on clients using gin (name gin_trgm_ops, surname gin_trgm_ops);
create index clients_phone_trgm on clients using gin (phone gin_trgm_ops);
