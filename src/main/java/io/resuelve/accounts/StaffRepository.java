package io.resuelve.accounts;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the support staff (agents and administrators), e.g. for "Asignar a" pickers. */
interface StaffRepository extends Repository<UserAccount, Long> {

    @Query("select u from UserAccount u where u.role <> io.resuelve.accounts.Role.CUSTOMER and u.enabled = true "
            + "order by lower(u.name)")
    List<UserAccount> findEnabledStaff();
}
