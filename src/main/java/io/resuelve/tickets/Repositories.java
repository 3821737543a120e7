package io.resuelve.tickets;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
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
}

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByMessageIdIn(Collection<Long> messageIds);

    List<Attachment> findByTicketIdAndMessageIdIsNullOrderByIdAsc(Long ticketId);
}

interface TicketChangeRepository extends JpaRepository<TicketChange, Long> {

    List<TicketChange> findByTicketIdOrderByIdAsc(Long ticketId);
}
