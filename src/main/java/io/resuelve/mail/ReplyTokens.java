package io.resuelve.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed reply tokens: the Message-ID of every mail about a ticket (and, with plus addressing, its Reply-To) carries
 * {@code t<number>-<nonce>-<signature>}, an HMAC of the ticket number only Resuelve can make. A reply quoting it in
 * In-Reply-To, References or its recipient address belongs to that ticket; a forged or altered token matches nothing.
 * The key is {@code resuelve.mail.reply-token-secret}, or one Resuelve makes on first use and keeps in the database.
 */
@Component
public class ReplyTokens {

    private static final Pattern TOKEN = Pattern.compile("\\bt(\\d{1,18})-([0-9a-f]{10})-([0-9a-f]{16})\\b");
    private static final String SECRET_NAME = "mail-reply-token";

    private final MailProperties properties;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    ReplyTokens(MailProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A new, unique Message-ID for a mail about ticket {@code number}: {@code <t1001-…-…@domain>}. */
    public String messageId(long number, String domain) {
        byte[] nonce = new byte[5];
        random.nextBytes(nonce);
        String unsigned = "t" + number + "-" + HexFormat.of().formatHex(nonce);
        return "<" + unsigned + "-" + sign(unsigned) + "@" + domain + ">";
    }

    /**
     * The ticket named by the first genuine token in {@code text} (a Message-ID, a References header, an address).
     *
     * @return empty when there is no token or none has a valid signature
     */
    public OptionalLong ticketIn(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        Matcher matcher = TOKEN.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (matcher.find()) {
            String unsigned = "t" + matcher.group(1) + "-" + matcher.group(2);
            if (MessageDigest.isEqual(sign(unsigned).getBytes(StandardCharsets.US_ASCII),
                    matcher.group(3).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(Long.parseLong(matcher.group(1)));
            }
        }
        return OptionalLong.empty();
    }

    private String sign(String unsigned) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        return current != null ? current : loadKey();
    }

    private synchronized byte[] loadKey() {
        byte[] current = key;
        if (current == null) {
            String configured = properties.replyTokenSecret();
            current = configured != null && !configured.isBlank()
                    ? configured.getBytes(StandardCharsets.UTF_8)
                    : Base64.getDecoder().decode(storedSecret());
            key = current;
        }
        return current;
    }

    /**
     * The database's key, made once: when two nodes race to make it, both end up with the row that won. It is made in
     * a transaction of its own, so that losing that race never aborts the caller's (a mail being taken in, a reply).
     */
    private String storedSecret() {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        var existing = own.execute(status -> jdbc.queryForList("select secret from app_secrets where name = ?",
                String.class, SECRET_NAME));
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try {
            own.executeWithoutResult(status -> jdbc.update(
                    "insert into app_secrets (name, secret, created_at) values (?, ?, ?)", SECRET_NAME,
                    Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.instant())));
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // fall through and read the winner's key
        }
        return own.execute(status -> jdbc.queryForObject("select secret from app_secrets where name = ?",
                String.class, SECRET_NAME));
    }
}
