-- The verifier archives a report with a reason from a fixed list (id.aduan.complaint.ArchiveReason), and may archive
-- it as a duplicate of another, open report, which its reporter then follows. Reports archived before have no code:
-- their reason stays the text of their ARCHIVED timeline entry, as it was.
alter table complaint add column archive_reason varchar(24);
alter table complaint add column duplicate_of_id bigint references complaint (id);
create index complaint_duplicate_of_idx on complaint (duplicate_of_id);

-- Similar open reports are looked for in the report's category and region (the verification form offers them).
create index complaint_category_region_idx on complaint (category_code, region_code, status);

-- A report archived as a duplicate is counted once, with the report it duplicates: not among the reports received,
-- but on a line of its own (docs/statistics.md).
alter table statistics_tally add column duplicates bigint default 0 not null;
