package io.resuelve.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMailRepository extends JpaRepository<InboundMail, Long> {

    Optional<InboundMail> findByMailboxIdAndUidValidityAndUid(Long mailboxId, Long uidValidity, Long uid);

    Optional<InboundMail> findBySha256(String sha256);

    List<InboundMail> findByStatusOrderByIdDesc(InboundStatus status, Limit limit);

    List<InboundMail> findAllByOrderByIdDesc(Limit limit);
}
