package io.resuelve.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "organisations")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String taxId;

    private String country;

    private boolean sharedTickets;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_domains", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "domain")
    @BatchSize(size = 100)
    private Set<String> domains = new TreeSet<>();

    protected Organisation() {
    }

    Organisation(String name, String taxId, String country, Collection<String> domains, boolean sharedTickets,
            Instant now) {
        this.name = name;
        this.taxId = taxId;
        this.country = country;
        this.sharedTickets = sharedTickets;
        this.createdAt = now;
        this.domains.addAll(domains);
    }

    OrganisationView view() {
        return new OrganisationView(id, name, taxId, country, Set.copyOf(domains), sharedTickets, createdAt);
    }

    Long id() {
        return id;
    }

    boolean sharesTickets() {
        return sharedTickets;
    }

    String name() {
        return name;
    }

    Set<String> domains() {
        return Set.copyOf(domains);
    }

    void addDomain(String domain) {
        domains.add(domain);
    }

    boolean removeDomain(String domain) {
        return domains.remove(domain);
    }

    /** Changes the organisation's details; its mail domains change one by one. */
    void change(String name, String taxId, String country, boolean sharedTickets) {
        this.name = name;
        this.taxId = taxId;
        this.country = country;
        this.sharedTickets = sharedTickets;
    }

    void update(String name, String taxId, String country, Collection<String> domains, boolean sharedTickets) {
        this.name = name;
        this.taxId = taxId;
        this.country = country;
        this.sharedTickets = sharedTickets;
        this.domains.clear();
        this.domains.addAll(domains);
    }
}
