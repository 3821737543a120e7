package io.resuelve.accounts;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people by e-mail for password sign-in (form and HTTP Basic). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return users.findByEmail(email)
                .filter(user -> user.passwordHash() != null)
                .map(user -> new ResuelvePrincipal(user, user.passwordHash()))
                // Spring hides this behind a generic "bad credentials": known and unknown e-mails look alike.
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
