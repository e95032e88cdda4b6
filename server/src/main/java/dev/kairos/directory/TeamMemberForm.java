package dev.kairos.directory;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Validation;

/** Validates a team member request laid over the stored member (or defaults for a new one). */
final class TeamMemberForm {

    private TeamMemberForm() {}

    /** 422 with every bad field; {@code base} is null for a new member. */
    static TeamMemberFields from(
            TeamMemberRequest r, TeamMember base, long chainId, Positions positions, TeamMembers members) {
        Validation v = new Validation();
        String name = pick(r.name(), base == null ? null : base.name());
        v.required(name, "name").check(name == null || name.strip().length() <= 200, "name", Fault.tooLong(200));
        Long positionId = r.positionId() != null
                ? r.positionId()
                : base == null || base.position() == null
                        ? null
                        : base.position().id();
        if (r.positionId() != null && r.positionId() == 0) {
            positionId = null;
        }
        v.check(
                positionId == null || positions.find(chainId, positionId).isPresent(),
                "position_id",
                Fault.of("fault.team.position-unknown", "is not a position of this chain"));
        Long userId = r.userId() != null ? r.userId() : base == null ? null : base.userId();
        if (r.userId() != null && r.userId() == 0) {
            userId = null;
        }
        v.check(
                userId == null || members.userInChain(chainId, userId),
                "user_id",
                Fault.of("fault.team.user-unknown", "is not a user of this chain"));
        boolean hidden = pick(r.hidden(), base != null && base.hidden());
        boolean fired = pick(r.fired(), base != null && base.fired());
        String information = pick(r.information(), base == null ? "" : base.information());
        v.atMost(information, 20_000, "information");
        v.orThrow();
        return new TeamMemberFields(
                name.strip(),
                pick(r.specialization(), base == null ? "" : base.specialization()),
                information,
                pick(r.avatar(), base == null ? "" : base.avatar()),
                pick(r.apiId(), base == null ? "" : base.apiId()),
                pick(r.weight(), base == null ? 0 : base.weight()),
                positionId,
                hidden,
                fired,
                userId,
                r.phoneNumber() != null ? r.phoneNumber() : r.userPhone(),
                r.userEmail());
    }

    private static <T> T pick(T given, T fallback) {
        return given != null ? given : fallback;
    }
}
