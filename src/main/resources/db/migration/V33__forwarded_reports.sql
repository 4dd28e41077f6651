-- A report another Aduan installation forwarded here (filed by an integration of kind ADUAN_INSTALLATION, with the
-- agency it was routed to there as the requested agency): "not our authority" at an agency here returns it to that
-- installation instead of to our national administrator; and, when our record of that installation says so
-- (integration.skip_verification) at the time it was filed, it skipped verification here and went straight to that
-- agency. Both are set when the report is filed and never change, so that no process variable decides them.
alter table complaint add column forwarded boolean default false not null;
alter table complaint add column verification_skipped boolean default false not null;
