-- Merging: the ticket a merged (closed) ticket now lives in. Ticket numbers never change, so the number is kept.
alter table tickets add column merged_into bigint;

-- Collision detection: which agents have a ticket open right now, refreshed by their browsers every few seconds.
create table ticket_presence (
    ticket_id bigint  not null references tickets (id) on delete cascade,
    user_id   bigint  not null references users (id) on delete cascade,
    composing boolean not null,
    seen_at   timestamp with time zone not null,
    primary key (ticket_id, user_id)
);
create index ix_ticket_presence_seen on ticket_presence (seen_at);
