-- Each client address's API request budget (Bucket4j's state), shared by every node.
-- expires_at (epoch milliseconds) is when a bucket would be full again; such rows are removed.
create table rate_limit_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_buckets_expires on rate_limit_buckets (expires_at);

-- Failed sign-ins, one row per login and one per address, kept for the throttling window.
create table sign_in_failures (
    key       text not null,
    failed_at timestamptz not null
);
create index sign_in_failures_key on sign_in_failures (key, failed_at desc);
create index sign_in_failures_at on sign_in_failures (failed_at);
