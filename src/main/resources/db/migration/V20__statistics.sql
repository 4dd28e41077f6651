-- Published statistics (docs/statistics.md). Aduan's statistics refresher reads each report that changed (found
-- through its timeline, complaint_event) and keeps three things up to date, so that no page counts reports one by one:

-- What each report last contributed: one row per report (the national figures and those by category, region and
-- channel) and one per agency it was routed to (that agency's own assignment, answered or not). A refresh compares a
-- report's new facts with these and adds the difference to the tallies. filing_date is the day it was filed in WIB.
create table statistics_report (
    complaint_id   bigint      not null primary key,
    filing_date    date        not null,
    submitted_at   timestamp with time zone not null,
    category_code  varchar(40) not null,
    region_code    varchar(13) not null,
    channel        varchar(40) not null,
    bucket         varchar(24) not null,
    confidential   boolean     not null,
    overdue        boolean     not null,
    first_answer_days    integer,
    first_answer_on_time boolean,
    rating         integer,
    objections     integer     not null,
    open_report    boolean     not null
);
-- the oldest open reports, for the backlog; the edge days of a range of days
create index statistics_report_open on statistics_report (open_report, submitted_at);
create index statistics_report_filed on statistics_report (filing_date);

create table statistics_assignment (
    complaint_id   bigint      not null,
    agency_code    varchar(40) not null,
    filing_date    date        not null,
    bucket         varchar(24) not null,
    overdue        boolean     not null,
    first_answer_days    integer,
    first_answer_on_time boolean,
    rating         integer,
    objections     integer     not null,
    primary key (complaint_id, agency_code)
);
create index statistics_assignment_filed on statistics_assignment (agency_code, filing_date);
create index statistics_assignment_filing_date on statistics_assignment (filing_date);

-- The sums, per scope (NATIONAL, AGENCY, CATEGORY, REGION, CHANNEL) and code ('-' for the nation, for reports without
-- a category or region yet, and the channel's name or 'INTEGRATION:<id>'), per filing month (period = its first day):
-- a year is twelve rows; a range of days is its whole months and, for the days at its edges, the facts above.
create table statistics_tally (
    scope             varchar(12) not null,
    code              varchar(40) not null,
    period            date        not null,
    received          bigint      not null,
    not_yet_verified  bigint      not null,
    deferred          bigint      not null,
    archived          bigint      not null,
    not_yet_followed_up bigint    not null,
    in_progress       bigint      not null,
    followed_up       bigint      not null,
    completed         bigint      not null,
    handed_back       bigint      not null,
    overdue           bigint      not null,
    answered          bigint      not null,
    answered_on_time  bigint      not null,
    rating_sum        bigint      not null,
    ratings           bigint      not null,
    objections        bigint      not null,
    primary key (scope, code, period)
);
-- every code of a scope in a period (breakdowns, the league table)
create index statistics_tally_period on statistics_tally (scope, period);

-- First answers by the working days they took (the median is read from these counts; 60 stands for 60 or more).
create table statistics_answer_days (
    scope        varchar(12) not null,
    code         varchar(40) not null,
    period       date        not null,
    working_days integer     not null,
    answers      bigint      not null,
    primary key (scope, code, period, working_days)
);

-- Where the refresher is: every timeline entry up to last_entry_id is counted, except the ids in pending_entry_ids
-- (comma-separated: ids not yet seen, of transactions still open or rolled back), which it looks for again until
-- they are older than pending-timeout. refreshed_at is the time the figures are published as of.
create table statistics_refresh (
    id                int         not null primary key,
    last_entry_id     bigint      not null,
    pending_entry_ids varchar(4000) not null,
    pending_since     timestamp with time zone,
    refreshed_at      timestamp with time zone
);
insert into statistics_refresh (id, last_entry_id, pending_entry_ids) values (1, 0, '');
