package io.resuelve.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** Due mails in the order they were queued. */
    List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(MailStatus status, Instant now,
            Limit limit);

    List<OutboxMail> findAllByOrderByIdDesc(Limit limit);

    List<OutboxMail> findByMessageIdIn(java.util.Collection<String> messageIds);

    long countByRecipientAddressAndKindAndCreatedAtAfter(String recipientAddress, MailKind kind, Instant after);
}
