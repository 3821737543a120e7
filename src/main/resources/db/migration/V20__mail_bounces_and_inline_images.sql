-- Incoming mail, continued: addresses whose mail bounced, inline images of HTML mail, the HTML of a ticket's opening
-- mail, and whether the sender of an oversized mail was told. Runs on H2 and PostgreSQL.

-- An address a delivery failure report named: ticket mail to it is held back until the person writes again or an
-- admin clears the mark.
create table bounced_addresses (
    address        varchar(320)  primary key,
    reason         varchar(2000),
    ticket_number  bigint,
    bounced_at     timestamp with time zone not null,
    bounces        int           not null
);

-- The Content-ID of an image a mail shows inline (cid:), so the HTML view can show it in place.
alter table attachments add column content_id varchar(250);

-- The sanitized HTML of the mail that opened a ticket, for "Ver como HTML" on the description.
alter table tickets add column description_html varchar(1000000);

-- The sender of an oversized mail is told once.
alter table inbound_mails add column sender_told boolean not null default false;
