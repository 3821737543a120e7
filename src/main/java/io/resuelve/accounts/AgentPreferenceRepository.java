package io.resuelve.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgentPreferenceRepository extends JpaRepository<AgentPreference, Long> {
}
