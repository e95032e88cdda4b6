-- Webhooks: each location's configuration (Altegio's hooks_settings), the outbox every change writes
-- in its own transaction, and one delivery per outbox event and receiver URL.

create table webhook_settings (
    location_id        bigint primary key references locations (id),
    active             boolean not null default false,
    urls               text[] not null default '{}',
    -- The resources turned on, by their delivery names (record, client, staff, company, ...).
    resources          text[] not null default '{}',
    -- Sealed (AES-GCM) with the key kept outside the database: Altegio's shared bearer token and
    -- the Standard Webhooks signing secret. A dump of the database alone reveals neither.
    bearer_token       bytea,
    secret             bytea,
    secret_created_at  timestamptz,
    updated_at         timestamptz not null default now()
);

create table webhook_events (
    id           bigserial primary key,
    location_id  bigint not null references locations (id),
    resource     text not null,
    resource_id  bigint not null,
    status       text not null check (status in ('create', 'update', 'delete')),
    created_at   timestamptz not null,
    dispatched   boolean not null default false
);

create index webhook_events_waiting on webhook_events (id) where not dispatched;

create table webhook_deliveries (
    id               bigserial primary key,
    event_id         bigint not null references webhook_events (id),
    location_id      bigint not null references locations (id),
    url              text not null,
    -- The Standard Webhooks webhook-id: one per event, the same for every try and redelivery.
    message_id       text not null,
    resource         text not null,
    resource_id      bigint not null,
    status           text not null,
    body             text not null,
    state            text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    response_status  int,
    response_ms      int,
    error            text not null default '',
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    redelivery_of    bigint references webhook_deliveries (id)
);

create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where state = 'pending';
-- A delivery waits for the pending ones before it to the same URL about the same resource.
create index webhook_deliveries_in_order on webhook_deliveries (url, resource, resource_id, id) where state = 'pending';
create index webhook_deliveries_log on webhook_deliveries (location_id, id desc);
