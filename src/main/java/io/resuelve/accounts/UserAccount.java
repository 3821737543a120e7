package io.resuelve.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import io.resuelve.shared.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/** A person: customer, agent or admin. Named so it does not clash with Spring Security's {@code User}. */
@Entity
@Table(name = "users")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String email;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String jobTitle;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String timeZone;

    private String photoSha256;

    private String passwordHash;

    private Long organisationId;

    private boolean enabled;

    private boolean verified;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_groups", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "group_id")
    @BatchSize(size = 100)
    private Set<Long> groupIds = new TreeSet<>();

    protected UserAccount() {
    }

    UserAccount(String name, EmailAddress email, Role role, Long organisationId, Language language, String timeZone,
            Instant now) {
        if (role.isStaff() && organisationId != null) {
            throw new IllegalArgumentException("Staff do not belong to a customer organisation");
        }
        this.name = name;
        this.email = email.value();
        this.role = role;
        this.organisationId = organisationId;
        this.language = language;
        this.timeZone = timeZone;
        this.enabled = true;
        this.verified = false;
        this.createdAt = now;
    }

    UserView view() {
        return new UserView(id, name, email, role, jobTitle, phone, language, timeZone, organisationId,
                Set.copyOf(groupIds), enabled, verified, createdAt);
    }

    Actor actor() {
        return new Actor(id, role, organisationId, email);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void markVerified() {
        this.verified = true;
    }

    void joinGroups(Set<Long> groups) {
        if (!role.isStaff()) {
            throw new IllegalStateException("Only agents and admins belong to groups");
        }
        groupIds.addAll(groups);
    }

    void updateProfile(String name, String jobTitle, String phone, Language language, String timeZone) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.phone = phone;
        this.language = language;
        this.timeZone = timeZone;
    }

    void changePhoto(String sha256) {
        this.photoSha256 = sha256;
    }

    String photoSha256() {
        return photoSha256;
    }

    Role role() {
        return role;
    }

    Set<Long> groupIds() {
        return Set.copyOf(groupIds);
    }

    /**
     * Makes the person a customer, agent or admin. Staff belong to no customer organisation and customers to no
     * agent group, so whatever no longer fits is let go.
     */
    void changeRole(Role newRole) {
        if (newRole.isStaff()) {
            this.organisationId = null;
        } else {
            groupIds.clear();
        }
        this.role = newRole;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    /** Replaces the agent groups the person belongs to. */
    void changeGroups(Set<Long> groups) {
        if (!groups.isEmpty() && !role.isStaff()) {
            throw new IllegalStateException("Only agents and admins belong to groups");
        }
        groupIds.clear();
        groupIds.addAll(groups);
    }

    void leaveGroup(Long groupId) {
        groupIds.remove(groupId);
    }

    void rename(String name) {
        this.name = name;
    }

    /** A customer without an organisation joins the one their verified e-mail domain belongs to. */
    void joinOrganisation(Long organisationId) {
        if (role != Role.CUSTOMER) {
            throw new IllegalStateException("Only customers belong to organisations");
        }
        if (this.organisationId == null) {
            this.organisationId = organisationId;
        }
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    boolean verified() {
        return verified;
    }

    Language language() {
        return language;
    }

    String name() {
        return name;
    }
}
