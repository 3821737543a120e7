package io.resuelve.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where u.email = :email")
    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    boolean existsByRole(Role role);

    List<UserAccount> findByOrganisationIdOrderByNameAsc(Long organisationId);

    @Query("select u from UserAccount u join u.groupIds g where g = :groupId and u.enabled = true order by u.name")
    List<UserAccount> findEnabledMembers(Long groupId);

    List<UserAccount> findByRoleInAndEnabledTrueOrderByNameAsc(Collection<Role> roles);
}

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o join o.domains d where d = :domain")
    Optional<Organisation> findByDomain(String domain);

    List<Organisation> findByIdIn(Collection<Long> ids);

    boolean existsByName(String name);
}

interface AgentGroupRepository extends JpaRepository<AgentGroup, Long> {
}

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByIdDesc(Long userId);
}
