package io.resuelve.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.resuelve.tickets.CustomValue;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.model.PojoElementAccessor;
import org.hibernate.search.mapper.pojo.model.PojoModelType;

/**
 * What a ticket's search document holds, defined here so the tickets module only names this binder on its entity:
 * number, subject, description, the public messages and (apart) the internal notes, plus every value the
 * visibility filter and the search filters need — requester, people in copy, organisation, agent group, status,
 * product, country. A ticket is re-indexed on commit whenever one of them changes; a new message changes the
 * ticket's last activity, and {@link TicketIndexFollower} covers the rare case where that does not move.
 */
public class TicketIndexBinder implements TypeBinder {

    static final String NUMBER = "number";
    static final String SUBJECT = "subject";
    static final String DESCRIPTION = "description";
    static final String MESSAGES = "messages";
    static final String NOTES = "notes";
    /** The texts of the custom fields (request types' fields): searched by agents only, like the notes. */
    static final String CUSTOM = "customValues";
    static final String STATUS = "status";
    static final String REQUESTER = "requesterId";
    static final String CC = "ccIds";
    static final String ORGANISATION = "organisationId";
    static final String GROUP = "groupId";
    static final String PRODUCT = "productId";
    static final String COUNTRY = "country";
    static final String CREATED = "createdAt";
    static final String ACTIVITY = "lastActivityAt";

    /** Long threads are cut: the first part of a conversation says what it is about. */
    static final int MAX_THREAD_CHARS = 200_000;

    @Override
    @SuppressWarnings({ "deprecation", "rawtypes" })
    public void bind(TypeBindingContext context) {
        PojoModelType ticket = context.bridgedElement();
        IndexSchemaElement schema = context.indexSchemaElement();
        var subject = context.typeFactory().asString().analyzer(Analyzers.SPANISH).projectable(Projectable.YES)
                .toIndexFieldType();
        var text = highlightedText(context, Analyzers.SPANISH);
        var keyword = context.typeFactory().asString().normalizer(Analyzers.KEYWORD).projectable(Projectable.YES)
                .toIndexFieldType();
        var id = context.typeFactory().asLong().projectable(Projectable.YES).toIndexFieldType();
        var instant = context.typeFactory().asInstant().sortable(Sortable.YES).projectable(Projectable.YES)
                .toIndexFieldType();
        Fields fields = new Fields(
                schema.field(NUMBER, context.typeFactory().asLong().projectable(Projectable.YES).sortable(Sortable.YES))
                        .toReference(),
                schema.field(SUBJECT, subject).toReference(), schema.field(DESCRIPTION, text).toReference(),
                schema.field(MESSAGES, text).multiValued().toReference(),
                schema.field(NOTES, text).multiValued().toReference(),
                schema.field(CUSTOM, context.typeFactory().asString().analyzer(Analyzers.SPANISH)).multiValued()
                        .toReference(),
                schema.field(STATUS, keyword).toReference(),
                schema.field(REQUESTER, id).toReference(), schema.field(CC, id).multiValued().toReference(),
                schema.field(ORGANISATION, id).toReference(), schema.field(GROUP, id).toReference(),
                schema.field(PRODUCT, id).toReference(), schema.field(COUNTRY, keyword).toReference(),
                schema.field(CREATED, instant).toReference(), schema.field(ACTIVITY, instant).toReference());
        Accessors accessors = new Accessors(ticket.property("id").createAccessor(Long.class),
                ticket.property("number").createAccessor(Long.class),
                ticket.property("details").property("subject").createAccessor(String.class),
                ticket.property("details").property("description").createAccessor(String.class),
                ticket.property("customValues").createAccessor(Collection.class),
                ticket.property("status").createAccessor(), ticket.property("requesterId").createAccessor(Long.class),
                ticket.property("ccIds").createAccessor(Collection.class),
                ticket.property("organisationId").createAccessor(Long.class),
                ticket.property("groupId").createAccessor(Long.class),
                ticket.property("details").property("productId").createAccessor(Long.class),
                ticket.property("details").property("country").createAccessor(String.class),
                ticket.property("createdAt").createAccessor(Instant.class),
                ticket.property("lastActivityAt").createAccessor(Instant.class));
        context.bridge(new Bridge(fields, accessors));
    }

    /**
     * Analysed text whose passages are shown: the term vectors keep each word's offsets, so the unified
     * highlighter finds the matching passage without analysing the stored text again (on Elasticsearch and OpenSearch
     * the same {@code term_vector} mapping serves their unified highlighter).
     */
    static org.hibernate.search.engine.backend.types.IndexFieldType<String> highlightedText(
            TypeBindingContext context, String analyzer) {
        return context.typeFactory().asString().analyzer(analyzer).projectable(Projectable.YES)
                .termVector(TermVector.WITH_POSITIONS_OFFSETS).highlightable(List.of(Highlightable.UNIFIED))
                .toIndexFieldType();
    }

    private record Fields(IndexFieldReference<Long> number, IndexFieldReference<String> subject,
            IndexFieldReference<String> description, IndexFieldReference<String> messages,
            IndexFieldReference<String> notes, IndexFieldReference<String> custom, IndexFieldReference<String> status,
            IndexFieldReference<Long> requester, IndexFieldReference<Long> cc, IndexFieldReference<Long> organisation,
            IndexFieldReference<Long> group, IndexFieldReference<Long> product, IndexFieldReference<String> country,
            IndexFieldReference<Instant> created, IndexFieldReference<Instant> activity) {
    }

    @SuppressWarnings({ "deprecation", "rawtypes" })
    private record Accessors(PojoElementAccessor<Long> id, PojoElementAccessor<Long> number,
            PojoElementAccessor<String> subject, PojoElementAccessor<String> description,
            PojoElementAccessor<Collection> custom, PojoElementAccessor<?> status,
            PojoElementAccessor<Long> requester, PojoElementAccessor<Collection> cc,
            PojoElementAccessor<Long> organisation, PojoElementAccessor<Long> group, PojoElementAccessor<Long> product,
            PojoElementAccessor<String> country, PojoElementAccessor<Instant> created,
            PojoElementAccessor<Instant> activity) {
    }

    private record Bridge(Fields fields, Accessors read) implements TypeBridge<Object> {

        @Override
        @SuppressWarnings("deprecation")
        public void write(DocumentElement target, Object ticket, TypeBridgeWriteContext context) {
            target.addValue(fields.number(), read.number().read(ticket));
            target.addValue(fields.subject(), read.subject().read(ticket));
            target.addValue(fields.description(), read.description().read(ticket));
            Collection<?> custom = read.custom().read(ticket);
            if (custom != null) {
                custom.forEach(value -> text(value).ifPresent(text -> target.addValue(fields.custom(), text)));
            }
            Object status = read.status().read(ticket);
            target.addValue(fields.status(), status == null ? null : status.toString());
            target.addValue(fields.requester(), read.requester().read(ticket));
            Collection<?> cc = read.cc().read(ticket);
            if (cc != null) {
                cc.forEach(person -> target.addValue(fields.cc(), (Long) person));
            }
            target.addValue(fields.organisation(), read.organisation().read(ticket));
            target.addValue(fields.group(), read.group().read(ticket));
            target.addValue(fields.product(), read.product().read(ticket));
            target.addValue(fields.country(), read.country().read(ticket));
            target.addValue(fields.created(), read.created().read(ticket));
            target.addValue(fields.activity(), read.activity().read(ticket));
            Long id = read.id().read(ticket);
            if (id != null) {
                Session session = context.extension(HibernateOrmExtension.get()).session();
                writeThread(target, TicketThreads.of(session, ticket, id));
            }
        }

        /** A custom value as words: texts and options as they are, numbers and dates written out; yes/no is not text. */
        private static java.util.Optional<String> text(Object row) {
            if (!(row instanceof java.util.function.Supplier<?> supplier)
                    || !(supplier.get() instanceof CustomValue value)) {
                return java.util.Optional.empty();
            }
            if (value.text() != null && !value.text().isBlank()) {
                return java.util.Optional.of(value.text());
            }
            if (value.number() != null) {
                return java.util.Optional.of(value.number().toPlainString());
            }
            return java.util.Optional.ofNullable(value.date()).map(Object::toString);
        }

        private void writeThread(DocumentElement target, List<TicketThreads.Text> messages) {
            int chars = 0;
            for (TicketThreads.Text message : messages) {
                String body = message.body();
                if (body == null || body.isBlank() || chars > MAX_THREAD_CHARS) {
                    continue;
                }
                chars += body.length();
                target.addValue(message.internal() ? fields.notes() : fields.messages(), body);
            }
        }
    }
}
