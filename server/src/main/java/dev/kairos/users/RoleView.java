package dev.kairos.users;

import java.util.List;

/**
 * A role on the wire.
 *
 * @param rights the rights' wire names, for example {@code delete_paid_records}
 * @param users_count how many users hold the role at one location or more
 */
public record RoleView(long id, long groupId, String title, List<String> rights, int usersCount) {

    static RoleView of(Role role) {
        return new RoleView(
                role.id(),
                role.chainId(),
                role.title(),
                role.rights().stream().sorted().map(RightNames::wire).toList(),
                role.users());
    }
}
