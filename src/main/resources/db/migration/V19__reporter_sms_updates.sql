-- A reporter who gave both an e-mail address and a phone number chose to be told by SMS ("kabari saya lewat SMS"):
-- the key messages then go to their phone instead of their address, while the number takes SMS.
alter table complaint add column reporter_sms_updates boolean default false not null;
