package io.resuelve.tickets;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    Optional<Ticket> findByNumber(long number);

    @Query(value = "select nextval('ticket_number_seq')", nativeQuery = true)
    long nextNumber();

    @Query("select t.number from Ticket t where t.status = io.resuelve.tickets.TicketStatus.RESOLVED "
            + "and t.resolvedAt < :cutoff order by t.resolvedAt")
    List<Long> findNumbersResolvedBefore(java.time.Instant cutoff, org.springframework.data.domain.Limit limit);
}

interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByTicketIdOrderByIdAsc(Long ticketId);

    List<Message> findByTicketIdAndInternalFalseOrderByIdAsc(Long ticketId);

    /** Merging: the whole thread moves to the target ticket. */
    @Modifying(flushAutomatically = true)
    @Query("update Message m set m.ticketId = :target where m.ticketId = :source")
    int moveThread(Long source, Long target);

    /** Collision detection: messages written on the ticket after {@code afterId} by anyone but {@code reader}. */
    @Query("select count(m) from Message m where m.ticketId = :ticketId and m.id > :afterId "
            + "and (m.authorId is null or m.authorId <> :reader)")
    long countWrittenByOthersAfter(Long ticketId, long afterId, Long reader);
}

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByMessageIdIn(Collection<Long> messageIds);

    List<Attachment> findByTicketIdAndMessageIdIsNullOrderByIdAsc(Long ticketId);

    /** Merging: the files of a ticket's description go with the message that carries its description. */
    @Modifying(flushAutomatically = true)
    @Query("update Attachment a set a.messageId = :messageId where a.ticketId = :ticketId and a.messageId is null")
    int attachDescriptionFiles(Long ticketId, Long messageId);

    @Modifying(flushAutomatically = true)
    @Query("update Attachment a set a.ticketId = :target where a.ticketId = :source")
    int moveFiles(Long source, Long target);
}

interface TicketChangeRepository extends JpaRepository<TicketChange, Long> {

    List<TicketChange> findByTicketIdOrderByIdAsc(Long ticketId);
}
