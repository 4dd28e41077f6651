-- The door each report came in through: WEB (the public pages) or API (POST /api/complaints). Which door the reports
-- filed before were sent through was not recorded; they count as WEB, where citizens file.
alter table complaint add column channel varchar(16) default 'WEB' not null;
alter table complaint alter column channel drop default;
