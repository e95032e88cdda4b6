-- Secrets shared by every node, for tokens that must verify on any of them (the booking pages' form tokens).
create table signing_keys (
    name        text primary key,
    secret      bytea not null check (length(secret) >= 32),
    created_at  timestamptz not null default now()
);
