-- Files sent with a new ticket belong to its description rather than to a message.
alter table attachments alter column message_id drop not null;
