package io.resuelve.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One agent's workspace preferences; for now the columns of their queue, in order. */
@Entity
@Table(name = "agent_preferences")
class AgentPreference {

    @Id
    private Long userId;
    private String queueColumns;
    private Instant updatedAt;

    protected AgentPreference() {
    }

    AgentPreference(Long userId) {
        this.userId = userId;
    }

    void queueColumns(List<String> columns, Instant now) {
        this.queueColumns = String.join(",", columns);
        this.updatedAt = now;
    }

    List<String> queueColumns() {
        return queueColumns == null || queueColumns.isBlank() ? List.of()
                : Arrays.stream(queueColumns.split(",")).toList();
    }
}
