package io.resuelve.accounts;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works tickets: the enabled agents and administrators, for assignment pickers and filters. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffRepository staff;

    StaffDirectory(StaffRepository staff) {
        this.staff = staff;
    }

    /** Enabled agents and administrators by name; to staff only (customers get an empty list). */
    public List<UserView> agents(Actor viewer) {
        if (!viewer.isStaff()) {
            return List.of();
        }
        return staff.findEnabledStaff().stream().map(UserAccount::view).toList();
    }
}
