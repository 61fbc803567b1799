package com.marginportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
/**
 * Staff contact data for the system's own processes, on MariaDB, with no one signed in: an enabled user's contact
 * by id (none for a disabled or unknown one), display names by login name with disabled users still named and
 * unknown names left out. Accounts of the test's own.
 */
class StaffContactsModuleIT extends AccountsModuleSupport {

    @Autowired
    private StaffContacts contacts;

    @Test
    void anEnabledUsersContactByIdNoneForADisabledOrUnknownOne() {
        UserSummary advisor = as(admin, () -> accounts.create(new NewAccount(uniqueLogin("staff-adv"), "联系顾问",
                Role.ADVISOR, branch.id(), "13900002222", "adv@example.com", PASSWORD)));
        UserSummary riskOffice = as(admin, () -> accounts.create(new NewAccount(uniqueLogin("staff-adm"), "总部风控",
                Role.ADMIN, null, null, null, PASSWORD)));
        UserSummary gone = newAccount("staff-gone", Role.ADVISOR, branch.id(), true);
        as(admin, () -> accounts.setEnabled(gone.id(), false));

        assertThat(contacts.byId(advisor.id()))
                .contains(new StaffContact(advisor.id(), advisor.username(), "联系顾问", "13900002222", branch.id()));
        assertThat(contacts.byId(riskOffice.id())).as("no phone, no branch")
                .contains(new StaffContact(riskOffice.id(), riskOffice.username(), "总部风控", null, null));
        assertThat(contacts.byId(gone.id())).as("disabled").isEmpty();
        assertThat(contacts.byId(gone.id() + 1_000_000)).as("unknown").isEmpty();
    }

    @Test
    void displayNamesKeepDisabledUsersAndLeaveUnknownNamesOut() {
        UserSummary active = newAccount("staff-on", Role.ADVISOR, branch.id(), true);
        UserSummary gone = newAccount("staff-off", Role.MANAGER, branch.id(), true);
        as(admin, () -> accounts.setEnabled(gone.id(), false));
        String unknown = uniqueLogin("staff-none");

        Map<String, String> names = contacts.displayNames(List.of(active.username(), gone.username(), unknown));
        assertThat(names).containsExactlyInAnyOrderEntriesOf(
                Map.of(active.username(), "测试用户", gone.username(), "测试用户"));
        assertThat(contacts.displayNames(List.of())).isEmpty();
        assertThat(contacts.displayNames(List.of(unknown))).isEmpty();
    }
}
