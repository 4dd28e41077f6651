-- Each agency's follow-up runs as one instance of AgencyFollowUpProcess. The assignment remembers the id of that
-- instance, set by the engine when the instance starts, so that every step of the instance finds its report and
-- its agency from what staff cannot change, never from process variables (which staff may write). It is the
-- engine's id, kept as text: no foreign key leads from Aduan's tables into the engine's.

alter table complaint_assignment add column follow_up_instance_id varchar(64);

create index complaint_assignment_follow_up_idx on complaint_assignment (follow_up_instance_id);
