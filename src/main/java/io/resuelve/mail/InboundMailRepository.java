package io.resuelve.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboundMailRepository extends JpaRepository<InboundMail, Long> {

    Optional<InboundMail> findByMailboxIdAndUidValidityAndUid(Long mailboxId, Long uidValidity, Long uid);

    Optional<InboundMail> findBySha256(String sha256);

    List<InboundMail> findByStatusOrderByIdDesc(InboundStatus status, Limit limit);

    List<InboundMail> findAllByOrderByIdDesc(Limit limit);

    List<InboundMail> findByIdLessThanOrderByIdDesc(long beforeId, Limit limit);

    List<InboundMail> findByStatusAndIdLessThanOrderByIdDesc(InboundStatus status, long beforeId, Limit limit);

    @Query("select m.status, count(m) from InboundMail m group by m.status")
    List<Object[]> countByStatus();

    @Query("select m.mailboxId, m.status, count(m) from InboundMail m where m.mailboxId is not null"
            + " group by m.mailboxId, m.status")
    List<Object[]> countByMailboxAndStatus();
}
