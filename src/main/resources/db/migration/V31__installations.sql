-- Another Aduan installation connected as an integration of kind ADUAN_INSTALLATION: what it issued us (its address,
-- the API key it gave us, the secret its webhooks to us are signed with), whether the reports it forwards to us skip
-- verification here, and which agencies it serves (reports routed to them are forwarded there).
alter table integration add column remote_url varchar(2000);
alter table integration add column remote_api_key varchar(200);
alter table integration add column remote_webhook_secret varchar(200);
alter table integration add column skip_verification boolean not null default false;

create table installation_agency (
    agency_code    varchar(40) primary key references agency (code),
    integration_id bigint      not null references integration (id)
);
create index installation_agency_integration_idx on installation_agency (integration_id);
