-- The statistics refresher now also keeps rows for each regional government (with its units) and each province (with
-- every agency in it), rolled up from the agencies' rows through the agency hierarchy (scopes GOVERNMENT and
-- PROVINCE), so that their pages read their own rows instead of a hundred agencies'. statistics_rollup says where
-- each agency's rows were added, rolled_up_with is a digest of that: when an agency moves, the refresher moves its rows
-- to its new government and province. On the first refresh after this migration it rolls every agency's rows up.
create table statistics_rollup (
    agency_code     varchar(40) not null primary key,
    government_code varchar(40),
    province_code   varchar(40)
);
alter table statistics_refresh add column rolled_up_with varchar(64);

-- The whole country per filing day (scope DAY, period = the day), so that a range of days reads its edge days from at
-- most sixty rows instead of the facts of every report filed on them. days_kept: made from statistics_report on the
-- first refresh after this migration; kept by the refresher from then on.
alter table statistics_refresh add column days_kept boolean default false not null;

-- complaint_status_list_idx of V22 starts with the status: this one only slowed every change of a report's status.
drop index complaint_status_idx;
