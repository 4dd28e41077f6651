-- The deadlines of an agency that another Aduan installation serves, as that installation reports them in its
-- webhooks (data.agency.followUpDueAt, completionDueAt): the reporter here reads them instead of this installation's
-- own computation while the agency handles the report there, and the wait for that installation's decision is
-- measured from them. Null until that installation says, and for every agency served here.
alter table complaint_assignment add column travelled_follow_up_due timestamp with time zone;
alter table complaint_assignment add column travelled_completion_due timestamp with time zone;
