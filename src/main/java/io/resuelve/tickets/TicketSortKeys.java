package io.resuelve.tickets;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Formula;

/**
 * The keys a ticket list sorts by, read-only and computed by the database when a ticket is read (see
 * {@link TicketSort}). Names are looked up by id in the tables the ticket's foreign keys already point to, so a list
 * sorts by them without knowing the accounts module.
 */
@Embeddable
class TicketSortKeys {

    @Formula("lower(subject)")
    private String subjectKey;
    @Formula("(select lower(u.name) from users u where u.id = requester_id)")
    private String requesterKey;
    @Formula("coalesce((select lower(o.name) from organisations o where o.id = organisation_id), '')")
    private String organisationKey;
    @Formula("coalesce((select lower(u.name) from users u where u.id = assignee_id), '')")
    private String assigneeKey;
    @Formula("coalesce((select lower(g.name) from agent_groups g where g.id = group_id), '')")
    private String groupKey;
    @Formula("case status when 'NEW' then 0 when 'OPEN' then 1 when 'PENDING_CUSTOMER' then 2 when 'ON_HOLD' then 3 "
            + "when 'RESOLVED' then 4 else 5 end")
    private Integer statusRank;
    @Formula("case priority when 'LOW' then 0 when 'NORMAL' then 1 when 'HIGH' then 2 else 3 end")
    private Integer priorityRank;

    protected TicketSortKeys() {
    }

    /** The key of a column computed here; the others are the ticket's own fields. */
    Object of(TicketSort.Column column) {
        return switch (column) {
            case SUBJECT -> subjectKey;
            case REQUESTER -> requesterKey == null ? "" : requesterKey;
            case ORGANISATION -> organisationKey;
            case STATUS -> statusRank;
            case PRIORITY -> priorityRank;
            case GROUP -> groupKey;
            case ASSIGNEE -> assigneeKey;
            default -> throw new IllegalArgumentException("Not a computed sort key: " + column);
        };
    }
}
