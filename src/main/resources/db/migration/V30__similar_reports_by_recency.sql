-- Similar reports are looked for among the most recent open reports of a category and region (SimilarReports): the
-- index walks them newest first, so the search costs the same whatever the number of open reports there.
drop index complaint_category_region_idx;
create index complaint_category_region_submitted_idx on complaint (category_code, region_code, submitted_at);
