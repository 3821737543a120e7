package io.resuelve.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    @Query("select u from UserAccount u where u.email = :email")
    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    boolean existsByRole(Role role);

    long countByRoleAndEnabledTrue(Role role);

    @Query("select u from UserAccount u join u.groupIds g where g = :groupId order by u.name")
    List<UserAccount> findByGroup(Long groupId);

    @Query("select g, count(u) from UserAccount u join u.groupIds g group by g")
    List<Object[]> countByGroup();

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

    Optional<Organisation> findByName(String name);

    @Query("select o from Organisation o where lower(o.name) like :like escape '\\' or o.taxId like :like "
            + "escape '\\' order by o.name")
    List<Organisation> search(String like);
}

interface AgentGroupRepository extends JpaRepository<AgentGroup, Long> {

    Optional<AgentGroup> findByName(String name);
}

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByIdDesc(Long userId);
}
