package io.resuelve.accounts;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start (no person in the database) creates the administrator and says how to sign in. */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    static final String DEMO_PASSWORD = "Resuelve-Admin-2026";

    private final AccountManagement accounts;
    private final UserRepository users;
    private final AdminProperties admin;

    AdminBootstrap(AccountManagement accounts, UserRepository users, AdminProperties admin) {
        this.accounts = accounts;
        this.users = users;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        accounts.createUser(new NewUser(admin.name(), admin.email(), Role.ADMIN, null, admin.password(), null, null,
                Set.of()), Actor.system());
        if (DEMO_PASSWORD.equals(admin.password())) {
            log.warn("Created the administrator {} with the demo password {} - set RESUELVE_ADMIN_EMAIL and "
                    + "RESUELVE_ADMIN_PASSWORD before the first start of a real installation", admin.email(),
                    DEMO_PASSWORD);
        } else {
            log.info("Created the administrator {} with the password from RESUELVE_ADMIN_PASSWORD", admin.email());
        }
    }
}
