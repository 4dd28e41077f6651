-- A reporter's objection that the installation a report was forwarded to refused for good, because its report there
-- had closed (the reporter's window and its grace had passed while one side was down): refused_at is when this
-- installation learnt it. It is written on the report's timeline and the national administrators are told; the
-- delivery is not sent again, and the report's later calls no longer wait for it.
alter table installation_delivery add column refused_at timestamp with time zone;
