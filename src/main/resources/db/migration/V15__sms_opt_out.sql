-- Numbers that sent BERHENTI (stop) to the SMS short code: Aduan sends them no SMS updates until they send MULAI.
-- phone: E.164 (+6281234567890), as every number Aduan compares.
create table sms_opt_out (
    phone      varchar(16) primary key,
    stopped_at timestamp with time zone not null
);
