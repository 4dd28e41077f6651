-- ESCALATED_TO_NATIONAL_ADMINISTRATOR, 35 characters, did not fit the timeline's type column.
alter table complaint_event alter column type set data type varchar(64);
