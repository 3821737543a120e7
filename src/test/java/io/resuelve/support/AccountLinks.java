package io.resuelve.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.resuelve.accounts.PasswordResetRequested;
import io.resuelve.accounts.SignUpForExistingAccount;
import io.resuelve.accounts.SignUpRequested;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Keeps the account events the server publishes (on its own threads), so tests can follow the mailed links. */
@TestConfiguration(proxyBeanMethods = false)
public class AccountLinks {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener({ SignUpRequested.class, SignUpForExistingAccount.class, PasswordResetRequested.class })
    void record(Object event) {
        events.add(event);
    }

    public String signUpToken(String email) {
        return last(SignUpRequested.class, email).token();
    }

    public String resetToken(String email) {
        return last(PasswordResetRequested.class, email).token();
    }

    public boolean toldAlreadyRegistered(String email) {
        return events.stream().anyMatch(e -> e instanceof SignUpForExistingAccount s && s.email().equals(email));
    }

    public boolean signUpLinkSent(String email) {
        return events.stream().anyMatch(e -> e instanceof SignUpRequested s && s.email().equals(email));
    }

    private <T> T last(Class<T> type, String email) {
        T found = null;
        for (Object event : events) {
            if (type.isInstance(event) && email.equals(emailOf(event))) {
                found = type.cast(event);
            }
        }
        if (found == null) {
            throw new AssertionError("No " + type.getSimpleName() + " for " + email);
        }
        return found;
    }

    private static String emailOf(Object event) {
        if (event instanceof SignUpRequested s) {
            return s.email();
        }
        return event instanceof PasswordResetRequested p ? p.email() : null;
    }
}
