package io.resuelve.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them; {@link #actor()} is what the domain sees. */
public final class ResuelvePrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private String passwordHash;
    private final boolean enabled;

    ResuelvePrincipal(Actor actor, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Actor actor() {
        return actor;
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
