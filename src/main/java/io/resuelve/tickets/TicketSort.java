package io.resuelve.tickets;

import java.util.Arrays;

/**
 * List orders, each paged by keyset on (sort key, number). Text keys (subject, people, organisation, group) compare
 * lower-cased, with "nobody" as the empty text so it sorts first ascending; status and priority compare in their
 * lifecycle and urgency order, not alphabetically.
 */
public enum TicketSort {
    NEWEST(Column.NUMBER, true), OLDEST(Column.NUMBER, false),
    RECENT_ACTIVITY(Column.ACTIVITY, true), OLDEST_ACTIVITY(Column.ACTIVITY, false),
    SUBJECT_ASC(Column.SUBJECT, false), SUBJECT_DESC(Column.SUBJECT, true),
    REQUESTER_ASC(Column.REQUESTER, false), REQUESTER_DESC(Column.REQUESTER, true),
    ORGANISATION_ASC(Column.ORGANISATION, false), ORGANISATION_DESC(Column.ORGANISATION, true),
    STATUS_ASC(Column.STATUS, false), STATUS_DESC(Column.STATUS, true),
    PRIORITY_ASC(Column.PRIORITY, false), PRIORITY_DESC(Column.PRIORITY, true),
    GROUP_ASC(Column.GROUP, false), GROUP_DESC(Column.GROUP, true),
    ASSIGNEE_ASC(Column.ASSIGNEE, false), ASSIGNEE_DESC(Column.ASSIGNEE, true),
    CREATED_ASC(Column.CREATED, false), CREATED_DESC(Column.CREATED, true);

    /** What a list can be sorted by, with the ticket attribute (path) that holds the key. */
    public enum Column {
        NUMBER("number"), SUBJECT("sortKeys.subjectKey"), REQUESTER("sortKeys.requesterKey"), ORGANISATION("sortKeys.organisationKey"),
        STATUS("sortKeys.statusRank"), PRIORITY("sortKeys.priorityRank"), GROUP("sortKeys.groupKey"), ASSIGNEE("sortKeys.assigneeKey"),
        CREATED("createdAt"), ACTIVITY("lastActivityAt");

        private final String attribute;

        Column(String attribute) {
            this.attribute = attribute;
        }

        String attribute() {
            return attribute;
        }
    }

    private final Column column;
    private final boolean descending;

    TicketSort(Column column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    /** The order on {@code column} in the given direction. */
    public static TicketSort by(Column column, boolean descending) {
        return Arrays.stream(values()).filter(s -> s.column == column && s.descending == descending).findFirst()
                .orElseThrow();
    }

    public Column column() {
        return column;
    }

    public boolean isDescending() {
        return descending;
    }

    boolean byActivity() {
        return column == Column.ACTIVITY;
    }

    boolean descending() {
        return descending;
    }
}
