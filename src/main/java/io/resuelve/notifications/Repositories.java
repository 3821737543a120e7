package io.resuelve.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByUserIdAndReadAtIsNull(Long userId);

    List<Notification> findByUserIdAndIdLessThanOrderByIdDesc(Long userId, Long before, Limit limit);

    List<Notification> findByUserIdAndReadAtIsNullAndIdLessThanOrderByIdDesc(Long userId, Long before, Limit limit);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(Long userId, Instant now);

    @Modifying
    @Query("""
            update Notification n set n.readAt = :now
            where n.userId = :userId and n.ticketNumber = :ticketNumber and n.readAt is null""")
    int markTicketRead(Long userId, long ticketNumber, Instant now);
}

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByUserIdIn(Collection<Long> userIds);
}
