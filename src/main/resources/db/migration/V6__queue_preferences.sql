-- Agents' queues: what the views and filters select on, and each agent's choice of columns.

-- "Todos abiertos" and the other status views, sorted by last activity (the default order of the queue).
create index ix_tickets_status_activity on tickets (status, last_activity_at, number);
-- "Mis tickets", "Sin asignar" and the group views, with their counts.
create index ix_tickets_assignee_status on tickets (assignee_id, status);
create index ix_tickets_group_status on tickets (group_id, status);
-- "Resueltos (últimos 7 días)".
create index ix_tickets_resolved_at on tickets (resolved_at);
create index ix_tickets_closed_at on tickets (closed_at);
-- Filters of the queue.
create index ix_tickets_priority on tickets (priority, number);
create index ix_tickets_type on tickets (type, number);
create index ix_tickets_channel on tickets (channel, number);
create index ix_tickets_created_at on tickets (created_at);

create table agent_preferences (
    user_id        bigint primary key references users (id) on delete cascade,
    queue_columns  varchar(500) not null,
    updated_at     timestamp with time zone not null
);
