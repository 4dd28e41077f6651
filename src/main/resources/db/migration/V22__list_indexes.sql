-- Indexes for the lists that page by position (keyset) instead of by number, so that a deep page costs what the
-- first does: the public list filtered by status, newest first (complaint_public_list_idx of V5 serves it unfiltered),
-- the reports an agency answers (for the list's count of them), and the overdue follow-ups, oldest first, of every
-- agency and of some.
create index complaint_status_list_idx on complaint (status, confidential, submitted_at, id);
create index complaint_assignment_agency_complaint_idx on complaint_assignment (agency_code, complaint_id);
create index complaint_assignment_overdue_idx on complaint_assignment (overdue_since, id);
create index complaint_assignment_agency_overdue_idx on complaint_assignment (agency_code, overdue_since, id);
