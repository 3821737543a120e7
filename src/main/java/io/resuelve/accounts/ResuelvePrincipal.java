package io.resuelve.accounts;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import io.resuelve.shared.Language;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them; {@link #actor()} is what the domain sees. */
public final class ResuelvePrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;


    private final Actor actor;
    private final String name;
    private final Language language;
    private final String timeZone;
    private String passwordHash;
    private final boolean enabled;

    ResuelvePrincipal(UserAccount user, String passwordHash) {
        UserView view = user.view();
        this.actor = view.actor();
        this.name = view.name();
        this.language = view.language();
        this.timeZone = view.timeZone();
        this.passwordHash = passwordHash;
        this.enabled = view.enabled();
    }

    public Actor actor() {
        return actor;
    }

    /** The display name at sign-in. */
    public String name() {
        return name;
    }

    /** The profile language at sign-in; pages speak it unless the person picked another one. */
    public Language language() {
        return language;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
