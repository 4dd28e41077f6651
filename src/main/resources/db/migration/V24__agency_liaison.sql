-- Issue 14: a government's liaison officer (pejabat penghubung) signs its units' answers off where the government
-- requires it. Each agency gets a liaison group next to its officer and supervisor groups.
alter table agency add column liaison_group_id varchar(64);
update agency set liaison_group_id = lower(code) || '-liaison';
alter table agency alter column liaison_group_id set not null;
alter table agency add column requires_liaison_approval boolean not null default false;
