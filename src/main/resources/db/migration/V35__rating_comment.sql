-- The comment a reporter wrote with their rating when accepting the follow-up (it was only in the timeline entry's
-- text, "4/5 – comment"): an installation forwards it with the acceptance to the installation that handled the report.
alter table complaint add column rating_comment varchar(1000);
