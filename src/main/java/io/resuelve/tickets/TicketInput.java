package io.resuelve.tickets;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.resuelve.accounts.AccountManagement;
import io.resuelve.accounts.Actor;
import io.resuelve.accounts.AgentGroups;
import io.resuelve.accounts.UserView;
import io.resuelve.catalog.Catalog;
import io.resuelve.catalog.ProductView;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns what callers send into values the aggregate can trust: trims and bounds text, resolves e-mails to people
 * and ids to catalogue entries, and refuses what does not exist with a 400 naming the field.
 */
@Component
class TicketInput {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_CC = 50;
    private static final Set<String> KNOWN_MISSING_ITEMS = Set.of("subject", "description", "screenshots",
            "steps", "expected", "impact", "errorText", "account", "url", "attachments");

    private final AccountManagement accounts;
    private final AgentGroups groups;
    private final Catalog catalog;
    private final MessageSource messages;
    private final ObjectProvider<TicketForms> forms;

    TicketInput(AccountManagement accounts, AgentGroups groups, Catalog catalog, MessageSource messages,
            ObjectProvider<TicketForms> forms) {
        this.accounts = accounts;
        this.groups = groups;
        this.catalog = catalog;
        this.messages = messages;
        this.forms = forms;
    }

    TicketDraft draft(NewTicket command, int attachments, Actor by) {
        UserView requester = requester(command.requesterEmail(), by);
        String subject = bounded("subject", required("subject", command.subject()), MAX_SUBJECT);
        String description = text("description", command.description());
        Long brandId = command.brandId();
        if (brandId != null && catalog.brand(brandId).isEmpty()) {
            throw new InvalidInputException("brandId", "error.brand.unknown", brandId);
        }
        Long productId = product(command.productId(), brandId);
        if (brandId == null && productId != null) {
            brandId = catalog.product(productId).map(ProductView::brandId).orElse(null);
        }
        String type = bounded("type", blankToNull(command.type()), 100);
        Priority priority = command.priority() == null ? Priority.NORMAL : command.priority();
        TicketForms.FiledForm form = filedForm(type, priority, command.customFields(), by);
        TicketForms policy = forms.getIfAvailable();
        TicketForms.QualityMark quality = policy == null ? null : policy.quality(type, subject, description,
                form.values(), attachments, requester.language().locale(), by);
        return new TicketDraft(subject, description, type, priority,
                command.channel() == null ? Channel.API : command.channel(), requester.id(),
                requester.organisationId(), people(command.cc(), by), brandId, productId, country(command.country()),
                bounded("taxId", blankToNull(command.taxId()), 50),
                bounded("companyName", blankToNull(command.companyName()), 200),
                bounded("contactPhone", blankToNull(command.contactPhone()), 50), form.values(),
                form.suggestedPriority(), quality);
    }

    /** A follow-up ticket's draft with its quality score (never refused: it continues a conversation). */
    TicketDraft scored(TicketDraft draft) {
        TicketForms policy = forms.getIfAvailable();
        if (policy == null) {
            return draft;
        }
        Locale language = accounts.user(draft.requesterId()).map(user -> user.language().locale())
                .orElse(Locale.forLanguageTag("es"));
        return draft.scored(policy.quality(draft.type(), draft.subject(), draft.description(), draft.customValues(),
                0, language, Actor.system()));
    }

    /** The custom values of a new ticket, checked against its request type. */
    private TicketForms.FiledForm filedForm(String type, Priority priority, Map<String, List<String>> submitted,
            Actor by) {
        TicketForms policy = forms.getIfAvailable();
        if (policy == null) {
            if (!submitted.isEmpty()) {
                throw new InvalidInputException("customFields", "forms.error.unknownField",
                        submitted.keySet().iterator().next());
            }
            return new TicketForms.FiledForm(List.of(), null);
        }
        return policy.file(type, priority, submitted, by);
    }

    /** Custom values changed on a filed ticket, checked against its request type. */
    List<CustomValue> editedCustomValues(String type, List<CustomValue> current, Map<String, List<String>> submitted,
            Actor by) {
        TicketForms policy = forms.getIfAvailable();
        if (policy == null) {
            throw new InvalidInputException("customFields", "forms.error.unknownField",
                    submitted.keySet().iterator().next());
        }
        return policy.edit(type, current, submitted, by);
    }

    /** A request type an agent may move a ticket to. */
    String requestType(String code) {
        String type = required("type", code);
        TicketForms policy = forms.getIfAvailable();
        if (policy != null && !policy.exists(type)) {
            throw new InvalidInputException("type", "forms.error.unknownType", type);
        }
        return bounded("type", type, 100);
    }

    /** The body of a message; may be empty only when files are attached. */
    String body(String text, String html, List<Upload> uploads) {
        boolean hasFiles = uploads != null && !uploads.isEmpty();
        if ((text == null || text.isBlank()) && (html == null || html.isBlank()) && !hasFiles) {
            throw new InvalidInputException("body", "error.field.required", "body");
        }
        return bounded("body", text == null ? "" : text.strip(), MAX_BODY);
    }

    String text(String field, String value) {
        return bounded(field, required(field, value), MAX_BODY);
    }

    String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : bounded(field, value.strip(), MAX_BODY);
    }

    List<String> missingItems(List<String> missing) {
        if (missing == null) {
            return List.of();
        }
        return missing.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> bounded("missing", s, 500)).distinct().toList();
    }

    /** The message that goes back to the requester, in their language, listing what is missing. */
    String returnMessage(String intro, List<String> items, Long requesterId) {
        Locale locale = accounts.user(requesterId).map(UserView::language).orElse(Language.DEFAULT).locale();
        StringBuilder text = new StringBuilder();
        text.append(intro == null || intro.isBlank()
                ? messages.getMessage("ticket.returnToRequester.intro", null, locale)
                : bounded("message", intro.strip(), MAX_BODY));
        text.append("\n");
        for (String item : items) {
            String label = KNOWN_MISSING_ITEMS.contains(item)
                    ? messages.getMessage("ticket.missing." + item, null, item, locale)
                    : item;
            text.append("\n- ").append(label);
        }
        return text.toString();
    }

    Set<Long> people(Collection<String> emails, Actor by) {
        if (emails == null || emails.isEmpty()) {
            return Set.of();
        }
        Set<String> distinct = emails.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (distinct.size() > MAX_CC) {
            throw new InvalidInputException("cc", "error.ticket.tooManyCc", MAX_CC);
        }
        return distinct.stream().map(email -> accounts.findOrCreateCustomer(email, null, by).id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Converts and checks a PATCH value for one field. */
    Object fieldValue(TicketField field, Object value, Actor by) {
        return switch (field) {
            case SUBJECT -> bounded("subject", required("subject", (String) value), MAX_SUBJECT);
            case TYPE -> bounded("type", blankToNull((String) value), 100);
            case PRIORITY -> Objects.requireNonNullElse((Priority) value, Priority.NORMAL);
            case BRAND -> {
                Long brandId = (Long) value;
                if (brandId != null && catalog.brand(brandId).isEmpty()) {
                    throw new InvalidInputException("brandId", "error.brand.unknown", brandId);
                }
                yield brandId;
            }
            case PRODUCT -> product((Long) value, null);
            case COUNTRY -> country((String) value);
            case TAX_ID -> bounded("taxId", blankToNull((String) value), 50);
            case COMPANY_NAME -> bounded("companyName", blankToNull((String) value), 200);
            case CONTACT_PHONE -> bounded("contactPhone", blankToNull((String) value), 50);
            case CC -> people(castStrings(value), by);
            case TAGS -> castStrings(value).stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty()).map(t -> bounded("tags", t, 100))
                    .collect(Collectors.toCollection(TreeSet::new));
            case ASSIGNEE -> value == null ? null : agent((Long) value).id();
            case GROUP -> group((Long) value);
            case STATUS -> {
                if (value == null) {
                    throw new InvalidInputException("status", "error.field.required", "status");
                }
                yield value;
            }
            case REQUESTER, ORGANISATION -> value;
        };
    }

    /** The brand a catalogue product belongs to. */
    Long brandOf(Long productId) {
        return catalog.product(productId).map(ProductView::brandId).orElse(null);
    }

    UserView agent(Long userId) {
        return accounts.user(userId).filter(u -> u.role().isStaff() && u.enabled())
                .orElseThrow(() -> new InvalidInputException("assignee", "error.ticket.unknownAgent", userId));
    }

    Long group(Long groupId) {
        if (groupId != null && groups.group(groupId).isEmpty()) {
            throw new InvalidInputException("groupId", "error.group.unknown", groupId);
        }
        return groupId;
    }

    private UserView requester(String email, Actor by) {
        if (by.isStaff()) {
            if (email == null || email.isBlank()) {
                throw new InvalidInputException("requesterEmail", "error.field.required", "requesterEmail");
            }
            return accounts.findOrCreateCustomer(email, null, by);
        }
        UserView self = accounts.user(by.userId()).orElseThrow();
        if (email == null || email.isBlank() || email.strip().equalsIgnoreCase(self.email())) {
            return self;
        }
        // A member may file for a colleague of the same organisation (seed 002 "Solicitante"), nobody else.
        return accounts.userByEmail(email)
                .filter(colleague -> self.organisationId() != null
                        && self.organisationId().equals(colleague.organisationId()))
                .orElseThrow(() -> new ForbiddenException("error.ticket.requesterNotColleague"));
    }

    private Long product(Long productId, Long brandId) {
        if (productId == null) {
            return null;
        }
        ProductView product = catalog.product(productId)
                .orElseThrow(() -> new InvalidInputException("productId", "error.product.unknown", productId));
        if (brandId != null && !brandId.equals(product.brandId())) {
            throw new InvalidInputException("productId", "error.product.notOfBrand", productId);
        }
        return productId;
    }

    private String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return catalog.country(code).map(c -> c.code())
                .orElseThrow(() -> new InvalidInputException("country", "error.country.invalid", code));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.field.required", field);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String bounded(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "error.field.tooLong", field, max);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> castStrings(Object value) {
        return value == null ? List.of() : (Collection<String>) value;
    }
}
