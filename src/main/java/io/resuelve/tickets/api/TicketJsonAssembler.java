package io.resuelve.tickets.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.OrganisationView;
import io.resuelve.accounts.UserView;
import io.resuelve.tickets.CustomValue;
import io.resuelve.tickets.MessageView;
import io.resuelve.tickets.TicketForms;
import io.resuelve.tickets.TicketView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds API JSON from views, loading the people and organisations of a whole page in one query each. */
@Component
class TicketJsonAssembler {

    private final AccountManagement accounts;
    private final MessageSource messages;
    private final ObjectProvider<TicketForms> forms;

    TicketJsonAssembler(AccountManagement accounts, MessageSource messages, ObjectProvider<TicketForms> forms) {
        this.accounts = accounts;
        this.messages = messages;
        this.forms = forms;
    }

    TicketJson ticket(TicketView ticket, Actor viewer) {
        return tickets(List.of(ticket), viewer).get(0);
    }

    List<TicketJson> tickets(List<TicketView> tickets, Actor viewer) {
        Set<Long> people = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        for (TicketView t : tickets) {
            people.add(t.requesterId());
            people.addAll(t.ccIds());
            if (t.assigneeId() != null) {
                people.add(t.assigneeId());
            }
            if (t.organisationId() != null) {
                organisations.add(t.organisationId());
            }
        }
        Map<Long, UserView> users = accounts.users(people);
        Map<Long, OrganisationView> orgs = accounts.organisations(organisations);
        return tickets.stream().map(t -> json(t, users, orgs, viewer)).toList();
    }

    List<MessageJson> messages(List<MessageView> thread) {
        Map<Long, UserView> authors = accounts.users(thread.stream().map(MessageView::authorId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        return thread.stream().map(m -> message(m, authors)).toList();
    }

    MessageJson message(MessageView message) {
        return messages(List.of(message)).get(0);
    }

    static List<MessageJson.AttachmentJson> files(List<io.resuelve.tickets.AttachmentView> attachments) {
        return attachments.stream().map(a -> new MessageJson.AttachmentJson(a.id(), a.filename(), a.contentType(),
                a.size(), "/api/v1/attachments/" + a.id())).toList();
    }

    private MessageJson message(MessageView m, Map<Long, UserView> authors) {
        UserView author = m.authorId() == null ? null : authors.get(m.authorId());
        return new MessageJson(m.id(), m.bodyText(), m.bodyHtml(), m.internal(), person(author),
                m.createdAt(), files(m.attachments()));
    }

    private TicketJson json(TicketView t, Map<Long, UserView> users, Map<Long, OrganisationView> orgs,
            Actor viewer) {
        // The lookup maps may be Map.of(), which refuses a null key (a customer without an organisation).
        OrganisationView org = t.organisationId() == null ? null : orgs.get(t.organisationId());
        String labelKey = viewer.isStaff() ? t.status().agentLabelKey() : t.status().customerLabelKey();
        return new TicketJson(t.number(), t.subject(), t.description(), t.type(), t.status(),
                messages.getMessage(labelKey, null, t.status().name(), LocaleContextHolder.getLocale()),
                t.priority(), t.channel(), person(users.get(t.requesterId())),
                org == null ? null : new TicketJson.OrganizationJson(org.id(), org.name()),
                t.ccIds().stream().map(users::get).filter(java.util.Objects::nonNull).map(UserView::email).sorted()
                        .toList(),
                t.assigneeId() == null ? null : person(users.get(t.assigneeId())), t.groupId(), t.brandId(),
                t.productId(), t.country(), t.taxId(), t.companyName(), t.contactPhone(), t.tags().stream().sorted().toList(),
                t.rejectionReason(), t.mergedInto(), t.createdAt(), t.lastActivityAt(), t.firstResponseAt(), t.resolvedAt(),
                t.closedAt(), null, customFields(t, viewer), t.suggestedPriority(), t.qualityScore());
    }

    /** The values the viewer may see, keyed by field key; a multi-select's options as a list. */
    private Map<String, Object> customFields(TicketView t, Actor viewer) {
        TicketForms policy = forms.getIfAvailable();
        List<CustomValue> values = policy == null ? t.customFields()
                : policy.readable(t.type(), t.customFields(), viewer);
        Map<String, Object> json = new java.util.TreeMap<>();
        for (CustomValue value : values) {
            if (value.kind().multiple()) {
                @SuppressWarnings("unchecked")
                List<Object> options = (List<Object>) json.computeIfAbsent(value.key(),
                        k -> new java.util.ArrayList<>());
                options.add(value.raw());
            } else {
                json.put(value.key(), value.raw());
            }
        }
        return json;
    }

    private static TicketJson.PersonJson person(UserView user) {
        return user == null ? null : new TicketJson.PersonJson(user.id(), user.email(), user.name());
    }
}
