-- The published national figures of each connected Aduan installation (an integration of kind ADUAN_INSTALLATION),
-- fetched periodically from its /api/statistics: the last figures that came with the time they were fetched, and the
-- last failed attempt with its error. A failure never clears the figures (docs/statistics.md, Connected installations).
create table installation_statistics (
    integration_id bigint                   primary key references integration (id),
    -- the period the figures are of (the year they were fetched in, WIB), and the figures as the other installation
    -- published them (the measures of /api/statistics, JSON), with the time it said they were as of
    period         varchar(30),
    figures        varchar(4000),
    remote_as_of   timestamp with time zone,
    fetched_at     timestamp with time zone,
    attempted_at   timestamp with time zone not null,
    failed_at      timestamp with time zone,
    last_error     varchar(500)
);
