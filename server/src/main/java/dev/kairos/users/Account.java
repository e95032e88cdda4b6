package dev.kairos.users;

import java.util.List;

/**
 * A user as the chain's managers see them.
 *
 * @param invited an invitation is open: the user has not set a password yet
 * @param roleId the role at the location asked about (or at their first location); null for an owner
 * @param locationIds the locations the user may work at; empty for an owner, who may work at all
 */
record Account(
        long id,
        long chainId,
        String login,
        String name,
        String email,
        String phone,
        boolean owner,
        boolean active,
        boolean invited,
        Long roleId,
        String roleTitle,
        List<Long> locationIds) {

    public String displayName() {
        return name.isBlank() ? login : name;
    }
}
