package io.resuelve.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "agent_groups")
class AgentGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String description;

    /** Tickets assigned to a restricted group are visible only to its members and to administrators. */
    private boolean restricted;

    protected AgentGroup() {
    }

    AgentGroup(String name, String description, boolean restricted) {
        this.name = name;
        this.description = description;
        this.restricted = restricted;
    }

    void change(String name, String description) {
        this.name = name;
        this.description = description;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    void restrict(boolean restricted) {
        this.restricted = restricted;
    }

    GroupView view() {
        return new GroupView(id, name, description, restricted);
    }
}
