package io.resuelve.mail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.resuelve.accounts.Actor;
import io.resuelve.mail.inbound.InboundMailParser;
import io.resuelve.mail.inbound.ParsedMail;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.NotFoundException;
import jakarta.mail.Header;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The incoming mail as administrators browse it: newest first, by outcome, and one mail opened up. */
@Service
@Transactional(readOnly = true)
public class InboundMails {

    private final InboundMailRepository inbound;
    private final MailIngestion ingestion;
    private final InboundMailParser parser = new InboundMailParser();

    InboundMails(InboundMailRepository inbound, MailIngestion ingestion) {
        this.inbound = inbound;
        this.ingestion = ingestion;
    }

    /** One page of incoming mail, newest first, older than {@code beforeId} when it is given. */
    public List<InboundMailView> page(InboundStatus status, Long beforeId, int size, Actor by) {
        requireAdmin(by);
        long before = beforeId == null ? Long.MAX_VALUE : beforeId;
        Limit limit = Limit.of(Math.max(1, Math.min(size, 200)));
        return (status == null ? inbound.findByIdLessThanOrderByIdDesc(before, limit)
                : inbound.findByStatusAndIdLessThanOrderByIdDesc(status, before, limit))
                .stream().map(InboundMail::view).toList();
    }

    /** How many incoming mails ended in each outcome (every outcome present, zero included). */
    public Map<InboundStatus, Long> counts(Actor by) {
        requireAdmin(by);
        Map<InboundStatus, Long> counts = new EnumMap<>(InboundStatus.class);
        for (InboundStatus status : InboundStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : inbound.countByStatus()) {
            counts.put((InboundStatus) row[0], ((Number) row[1]).longValue());
        }
        return Collections.unmodifiableMap(counts);
    }

    public InboundMailDetail detail(long id, Actor by) {
        requireAdmin(by);
        InboundMailView mail = inbound.findById(id).map(InboundMail::view)
                .orElseThrow(() -> new NotFoundException("admin.inbound.error.notFound"));
        byte[] raw = ingestion.raw(id);
        List<InboundMailDetail.Header> headers = headers(raw);
        try {
            ParsedMail parsed = parser.parse(raw);
            return new InboundMailDetail(mail, parsed.newText(), parsed.quotedText(), headers, null);
        } catch (RuntimeException e) {
            return new InboundMailDetail(mail, null, null, headers, e.getMessage() == null ? e.toString()
                    : e.getMessage());
        }
    }

    /**
     * Runs a quarantined or ignored mail through the pipeline again. A mail that made or bounced on a ticket is not
     * taken in twice.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public IngestResult reprocess(long id, Actor by) {
        requireAdmin(by);
        InboundStatus status = inbound.findById(id).map(InboundMail::status)
                .orElseThrow(() -> new NotFoundException("admin.inbound.error.notFound"));
        if (status != InboundStatus.QUARANTINED && status != InboundStatus.IGNORED
                && status != InboundStatus.OVERSIZED) {
            throw new io.resuelve.shared.ConflictException("admin.inbound.error.notReprocessable");
        }
        return ingestion.reprocess(id);
    }

    /** The raw mail as received (RFC 5322), for download. */
    public byte[] raw(long id, Actor by) {
        requireAdmin(by);
        return ingestion.raw(id);
    }

    private static List<InboundMailDetail.Header> headers(byte[] raw) {
        List<InboundMailDetail.Header> headers = new ArrayList<>();
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            var all = message.getAllHeaders();
            while (all.hasMoreElements()) {
                Header header = all.nextElement();
                headers.add(new InboundMailDetail.Header(header.getName(), decode(header.getValue())));
            }
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            // Unreadable headers: the page shows the reason and offers the original.
        }
        return headers;
    }

    private static String decode(String value) {
        if (value == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return value;
        }
    }

    private static void requireAdmin(Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
