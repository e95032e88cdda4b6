package dev.kairos.users;

import java.util.List;

/**
 * A user on the wire.
 *
 * @param invited the user has not yet set a password from their invitation
 * @param role_id the role at the location asked about; null for an owner, who holds every right
 * @param location_ids where the user may work; empty for an owner, who may work everywhere
 * @param invitation_url the invitation's link, only in the answer to the invitation and only when
 *     it could not be emailed (no SMTP server configured): hand it to the person yourself
 */
public record UserView(
        long id,
        String name,
        String login,
        String email,
        String phone,
        boolean isOwner,
        boolean active,
        boolean invited,
        Long roleId,
        String roleTitle,
        List<Long> locationIds,
        boolean invitationSent,
        String invitationUrl) {

    static UserView of(Account a) {
        return new UserView(
                a.id(),
                a.name(),
                a.login(),
                a.email(),
                a.phone(),
                a.owner(),
                a.active(),
                a.invited(),
                a.owner() ? null : a.roleId(),
                a.owner() ? "Owner" : a.roleTitle(),
                a.locationIds(),
                false,
                null);
    }

    UserView invitation(boolean sent, String url) {
        return new UserView(
                id,
                name,
                login,
                email,
                phone,
                isOwner,
                active,
                invited,
                roleId,
                roleTitle,
                locationIds,
                sent,
                sent ? null : url);
    }
}
