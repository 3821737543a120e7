-- The hourly limit of automatic replies per address counts recent mails to one recipient.
create index ix_outbox_mails_recipient on outbox_mails (recipient_address, created_at);
