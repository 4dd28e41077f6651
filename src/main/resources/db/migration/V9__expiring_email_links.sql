-- The reporter's links in e-mails expire, and the outbox keeps no token.
-- expires_at: when a token of an e-mail link stops working; null for the token given when the report was filed,
-- which is the reporter's own and has no end.
alter table complaint_access_token add column expires_at timestamp with time zone;

-- Tokens already sent in e-mails expire as if issued under the default validity (aduan.reporter-access.
-- email-link-validity, 30 days): every token of a report but its first, which was given at filing.
update complaint_access_token
   set expires_at = created_at + interval '30' day
 where id <> (select min(first_token.id)
                from complaint_access_token first_token
               where first_token.complaint_id = complaint_access_token.complaint_id);

-- Links still waiting in the outbox (and in e-mails that failed) lose their token; a waiting e-mail gets a new link
-- when it is sent. Sent e-mails lost theirs when they were sent.
update notification
   set content = regexp_replace(content, 'token=[A-Za-z0-9_-]+', 'token=(removed)')
 where content like '%token=%';
