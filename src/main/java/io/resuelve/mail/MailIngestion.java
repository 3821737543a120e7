package io.resuelve.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.resuelve.mail.inbound.InboundMailParser;
import io.resuelve.mail.inbound.ParsedMail;
import io.resuelve.search.BackgroundIndexing;
import io.resuelve.shared.NotFoundException;
import io.resuelve.storage.BlobStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in raw incoming mail, from IMAP, the API or the command line. Nothing is lost: the raw bytes are kept (blob
 * storage, by SHA-256) before anything else. Nothing doubles: a mail is identified by its mailbox, UIDVALIDITY and UID
 * and by the SHA-256 of its bytes, and the record of it commits in the same transaction as the ticket or message it
 * made — so a mail fetched again, or again after a crash between that commit and flagging it in IMAP, is recognised
 * and not taken in twice. A mail that cannot be read or taken in is quarantined, and the next one is processed.
 */
@Service
public class MailIngestion {

    private static final Logger log = LoggerFactory.getLogger(MailIngestion.class);
    private static final int MAX_LIST = 500;

    private final InboundMailRepository inbound;
    private final MailboxRepository mailboxes;
    private final BlobStorage blobs;
    private final MailToTicket toTicket;
    private final OversizedMails oversized;
    private final BackgroundIndexing indexing;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final InboundMailParser parser = new InboundMailParser();

    MailIngestion(InboundMailRepository inbound, MailboxRepository mailboxes, BlobStorage blobs,
            MailToTicket toTicket, OversizedMails oversized, BackgroundIndexing indexing,
            PlatformTransactionManager transactions, Clock clock) {
        this.oversized = oversized;
        this.indexing = indexing;
        this.inbound = inbound;
        this.mailboxes = mailboxes;
        this.blobs = blobs;
        this.toTicket = toTicket;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Takes in one raw mail (RFC 5322 bytes). Returns at once, with {@code duplicate} set, for a mail taken in before.
     * Never throws for a bad mail: it is quarantined instead.
     */
    public IngestResult ingest(InboundSource source, byte[] raw) {
        String sha256 = sha256(raw);
        Optional<IngestResult> known = known(source, sha256);
        if (known.isPresent()) {
            return known.get();
        }
        keep(raw);
        if (oversized.tooLarge(raw.length)) {
            return oversized(source, sha256, raw);
        }
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.execute(status -> {
                    InboundMail mail = inbound.saveAndFlush(new InboundMail(source, sha256, raw.length,
                            clock.instant()));
                    process(mail, raw);
                    return new IngestResult(mail.id(), mail.status(), mail.ticketNumber(), false);
                });
            } catch (RuntimeException e) {
                // Another instance may have taken the same mail in meanwhile (a unique index said so): that one
                // counts. Any other unique index (two mails racing to create the same person) is worth one retry.
                boolean raced = e instanceof DataIntegrityViolationException;
                Optional<IngestResult> meanwhile = raced ? known(source, sha256) : Optional.empty();
                if (meanwhile.isPresent()) {
                    return meanwhile.get();
                }
                if (raced && attempt == 1) {
                    continue;
                }
                log.warn("Incoming mail {} quarantined: {}", sha256, e.toString());
                return quarantine(source, sha256, raw.length, e);
            }
        }
    }

    /** Runs a quarantined or ignored mail through the pipeline again (after a fix, or to take it in after all). */
    public IngestResult reprocess(long id) {
        InboundMail stored = inbound.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        byte[] raw = read(stored.sha256());
        try {
            return transaction.execute(status -> {
                InboundMail mail = inbound.findById(id).orElseThrow();
                process(mail, raw);
                return new IngestResult(mail.id(), mail.status(), mail.ticketNumber(), false);
            });
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> inbound.findById(id).orElseThrow()
                    .done(InboundStatus.QUARANTINED, null, reason(e), clock.instant()));
            return new IngestResult(id, InboundStatus.QUARANTINED, null, false);
        }
    }

    /** The latest incoming mails, newest first; only those with {@code status} when it is given. */
    public List<InboundMailView> recent(InboundStatus status, int limit) {
        Limit max = Limit.of(Math.max(1, Math.min(limit, MAX_LIST)));
        return (status == null ? inbound.findAllByOrderByIdDesc(max) : inbound.findByStatusOrderByIdDesc(status, max))
                .stream().map(InboundMail::view).toList();
    }

    /** The raw bytes of an incoming mail, as received. */
    public byte[] raw(long id) {
        return read(inbound.findById(id).orElseThrow(() -> new NotFoundException("error.notFound")).sha256());
    }

    private void process(InboundMail mail, byte[] raw) {
        indexing.dontWaitForThisTransaction();
        ParsedMail parsed = parser.parse(raw);
        mail.describe(parsed.messageId(), parsed.from() == null ? null : parsed.from().address(), parsed.subject());
        MailToTicket.Route route = mail.mailboxId() == null ? MailToTicket.Route.NONE
                : mailboxes.findById(mail.mailboxId()).map(box -> new MailToTicket.Route(box.brandId(), box.groupId()))
                        .orElse(MailToTicket.Route.NONE);
        MailToTicket.Taken taken = toTicket.take(parsed, raw, route);
        mail.done(taken.status(), taken.ticketNumber(), taken.reason(), clock.instant());
    }

    /** Kept raw and listed for admins, not taken in; its sender is told, once, since a duplicate never gets here. */
    private IngestResult oversized(InboundSource source, String sha256, byte[] raw) {
        try {
            return transaction.execute(status -> {
                InboundMail mail = new InboundMail(source, sha256, raw.length, clock.instant());
                Optional<ParsedMail> headers = oversized.headers(raw);
                headers.ifPresent(h -> mail.describe(h.messageId(), h.from() == null ? null : h.from().address(),
                        h.subject()));
                mail.done(InboundStatus.OVERSIZED, null, "larger than resuelve.mail.max-inbound-size",
                        clock.instant());
                if (headers.isPresent() && oversized.tellSender(headers.get(), raw.length)) {
                    mail.senderTold();
                }
                inbound.saveAndFlush(mail);
                return new IngestResult(mail.id(), InboundStatus.OVERSIZED, null, false);
            });
        } catch (DataIntegrityViolationException takenInMeanwhile) {
            return known(source, sha256).orElseThrow(() -> takenInMeanwhile);
        }
    }

    private IngestResult quarantine(InboundSource source, String sha256, long size, RuntimeException cause) {
        try {
            return transaction.execute(status -> {
                InboundMail mail = new InboundMail(source, sha256, size, clock.instant());
                mail.done(InboundStatus.QUARANTINED, null, reason(cause), clock.instant());
                inbound.saveAndFlush(mail);
                return new IngestResult(mail.id(), InboundStatus.QUARANTINED, null, false);
            });
        } catch (DataIntegrityViolationException takenInMeanwhile) {
            return known(source, sha256).orElseThrow(() -> takenInMeanwhile);
        }
    }

    private Optional<IngestResult> known(InboundSource source, String sha256) {
        Optional<InboundMail> mail = source.uid() == null ? Optional.empty()
                : inbound.findByMailboxIdAndUidValidityAndUid(source.mailboxId(), source.uidValidity(), source.uid());
        return mail.or(() -> inbound.findBySha256(sha256))
                .map(m -> new IngestResult(m.id(), m.status(), m.ticketNumber(), true));
    }

    private void keep(byte[] raw) {
        try {
            blobs.store(raw, "message/rfc822");
        } catch (IOException e) {
            throw new UncheckedIOException("The raw mail could not be stored", e);
        }
    }

    private byte[] read(String sha256) {
        try (InputStream in = blobs.open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The raw mail " + sha256 + " could not be read", e);
        }
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
