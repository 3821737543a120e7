package io.resuelve.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox every {@code resuelve.mail.send-interval}, when there is a mail sender: Spring Boot creates one
 * only when {@code spring.mail.host} is set. Without it the worker does nothing — not even take the lock — and
 * mails stay PENDING.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final MailDelivery delivery;

    MailWorker(ObjectProvider<JavaMailSender> senders, MailDelivery delivery) {
        this.senders = senders;
        this.delivery = delivery;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportTransport() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("Mail is not configured (spring.mail.host is not set): mails stay PENDING in the outbox, "
                    + "where admins can see them");
        } else if (sender instanceof JavaMailSenderImpl smtp) {
            log.info("Sending mail through {}:{}", smtp.getHost(), smtp.getPort() < 0 ? 25 : smtp.getPort());
        }
    }

    @Scheduled(fixedDelayString = "${resuelve.mail.send-interval:5s}")
    void sendDueMails() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender != null) {
            delivery.sendDue(sender);
        }
    }
}
