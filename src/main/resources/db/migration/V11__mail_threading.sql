-- Threading of outgoing mail: the ticket a mail is about, so its Message-ID, In-Reply-To and References let mail
-- clients group it with the ticket's other mails and let a reply find its ticket again.
alter table outbox_mails add column ticket_number bigint;

-- Secrets Resuelve makes for itself on first use (e.g. the key that signs reply tokens), shared by every node.
create table app_secrets (
    name       varchar(50)  primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null
);
