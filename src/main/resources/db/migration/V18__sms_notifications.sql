-- SMS to reporters beside e-mail, through the same outbox. channel: EMAIL (every row written before) or SMS, whose
-- recipient is the reporter's number in E.164.
alter table notification add column channel varchar(8) default 'EMAIL' not null;
alter table notification alter column channel drop default;

-- The SMS gateway's latest delivery report about an SMS (DELIVERED, FAILED, BUFFERED, ACCEPTED, REJECTED), when it
-- came, and the operator's words with it. A final report (delivered, failed, rejected) is never replaced by an
-- intermediate one that arrives later.
alter table notification add column delivery_report varchar(16);
alter table notification add column delivery_reported_at timestamp with time zone;
alter table notification add column delivery_answer varchar(300);
