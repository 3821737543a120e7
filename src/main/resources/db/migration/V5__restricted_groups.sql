-- A restricted group's tickets are visible only to its members (and administrators).
alter table agent_groups add column restricted boolean not null default false;
