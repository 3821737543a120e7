package io.resuelve.agent;

import java.util.List;

import io.resuelve.accounts.GroupView;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.accounts.UserView;

/**
 * Everything the queue template shows. {@code links} builds every URL of the page from the current filters.
 */
public record QueuePage(List<QueueViewEntry> views, QueueViewEntry current, String emptyMessage,
        List<QueueRow> rows, List<QueueColumn> columns, String sortSlug, boolean descending, String next,
        QueueLinks links, List<UserView> agents, List<GroupView> groups, List<OrganisationView> organisations) {

    public boolean shows(String column) {
        return columns.stream().anyMatch(c -> c.slug().equals(column));
    }
}
