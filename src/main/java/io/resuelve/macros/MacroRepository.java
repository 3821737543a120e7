package io.resuelve.macros;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MacroRepository extends JpaRepository<Macro, Long> {

    /** The agent's own macros and the shared ones, by name; {@code search} is lower-case, "" for all. */
    @Query("""
            select m from Macro m where (m.ownerId is null or m.ownerId = :userId)
            and lower(m.name) like concat('%', :search, '%') escape '\\' order by lower(m.name), m.id""")
    List<Macro> findVisible(Long userId, String search);
}
