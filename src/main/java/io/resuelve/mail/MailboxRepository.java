package io.resuelve.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailboxRepository extends JpaRepository<Mailbox, Long> {

    Optional<Mailbox> findByName(String name);

    List<Mailbox> findByEnabledTrueOrderById();
}
