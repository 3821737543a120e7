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

    protected AgentGroup() {
    }

    AgentGroup(String name, String description) {
        this.name = name;
        this.description = description;
    }

    GroupView view() {
        return new GroupView(id, name, description);
    }
}
