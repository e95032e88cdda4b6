-- Retried create requests: the first result is kept and returned again for the same key.
create table idempotency_keys (
    partner_id    bigint not null,
    key           text not null check (length(key) between 1 and 200),
    request_hash  text not null,
    status        int,
    response      text,
    created_at    timestamptz not null default now(),
    primary key (partner_id, key)
);

alter table appointments add column source text not null default 'admin'
    check (source in ('online', 'admin', 'import', 'walk_in'));
alter table appointments add column client_name text not null default '';
alter table appointments add column client_phone text not null default '';
alter table appointments add column client_email text not null default '';
