package io.resuelve.mail;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An IMAP mailbox Resuelve reads, with where it left off: the folder's UIDVALIDITY and the highest UID taken in.
 * When the server changes UIDVALIDITY every UID is new again; the SHA-256 check still keeps old mail from doubling.
 */
@Entity
@Table(name = "mailboxes")
class Mailbox {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String host;
    private int port;
    private boolean ssl;
    private String username;
    private String password;
    private String folder;
    private Long brandId;
    private Long groupId;
    private boolean enabled;
    private Long uidValidity;
    private long lastUid;
    private Instant lastPolledAt;
    private String lastError;
    private Instant createdAt;

    protected Mailbox() {
    }

    Mailbox(String name, String host, int port, boolean ssl, String username, String password, String folder,
            Instant now) {
        this.name = name;
        this.createdAt = now;
        this.enabled = true;
        configure(host, port, ssl, username, password, folder);
    }

    void configure(String host, int port, boolean ssl, String username, String password, String folder) {
        this.host = host;
        this.port = port;
        this.ssl = ssl;
        this.username = username;
        this.password = password;
        this.folder = folder == null || folder.isBlank() ? "INBOX" : folder;
    }

    /** Where a read of the folder starts: after the last UID taken in, or from the start when UIDVALIDITY changed. */
    long nextUid(long currentUidValidity) {
        if (uidValidity == null || uidValidity != currentUidValidity) {
            uidValidity = currentUidValidity;
            lastUid = 0;
        }
        return lastUid + 1;
    }

    void tookIn(long uid) {
        lastUid = Math.max(lastUid, uid);
    }

    void polled(Instant now, String error) {
        lastPolledAt = now;
        lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    void rename(String name) {
        this.name = name;
    }

    /** The brand and agent group of the tickets this mailbox opens. */
    void route(Long brandId, Long groupId) {
        this.brandId = brandId;
        this.groupId = groupId;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    MailboxView view(java.util.Map<InboundStatus, Long> counts) {
        return new MailboxView(id, name, host, port, ssl, username, folder, brandId, groupId, enabled, lastPolledAt,
                lastError, password != null && !password.isEmpty(), counts);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    boolean ssl() {
        return ssl;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String folder() {
        return folder;
    }

    Long groupId() {
        return groupId;
    }

    Long brandId() {
        return brandId;
    }

    boolean enabled() {
        return enabled;
    }

    Long uidValidity() {
        return uidValidity;
    }
}
