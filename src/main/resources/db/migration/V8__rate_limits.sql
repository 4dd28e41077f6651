-- Rate limits (id.aduan.security.RateLimits), shared by every node and kept across restarts: one Bucket4j bucket
-- per client address or report and limit. state is Bucket4j's serialized bucket; expires_at (milliseconds since
-- 1970) is when the bucket will have refilled, after which a scheduled task deletes the row.

create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at_idx on rate_limit_bucket (expires_at);
