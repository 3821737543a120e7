-- The quoted part of a mail (the earlier conversation under a reply), kept apart from the new text so the thread
-- stays readable and the quote is one click away ("Mostrar texto citado"). Never part of outgoing mail.
alter table messages add column quoted_text varchar(1000000);
-- The same for the mail that opened a ticket (its description).
alter table tickets add column description_quoted varchar(1000000);
