package com.marginportal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByRoleOrderByUsername(Role role);

    List<AppUser> findByRoleAndBranchIdOrderByUsername(Role role, Long branchId);

    List<AppUser> findByIdIn(Collection<Long> ids);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    long countByBranchIdAndEnabledTrue(Long branchId);

    /** Login and display names, disabled users included. */
    List<StaffName> findNameByUsernameIn(Collection<String> usernames);

    record StaffName(String username, String displayName) {
    }
}
