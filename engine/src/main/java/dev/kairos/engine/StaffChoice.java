package dev.kairos.engine;

import java.util.Objects;
import java.util.Optional;

/** Which team member the client asked for: one in particular, or any of the eligible ones. */
public final class StaffChoice {

    private static final StaffChoice ANY = new StaffChoice(null);

    private final TeamMemberId member;

    private StaffChoice(TeamMemberId member) {
        this.member = member;
    }

    /** Any eligible team member: slots are the union across them. */
    public static StaffChoice any() {
        return ANY;
    }

    public static StaffChoice of(TeamMemberId member) {
        return new StaffChoice(Objects.requireNonNull(member, "member"));
    }

    /** Altegio's convention: {@code staff_id} 0 means any team member. */
    public static StaffChoice fromAltegio(long staffId) {
        return staffId == 0 ? ANY : of(TeamMemberId.of(staffId));
    }

    public boolean isAny() {
        return member == null;
    }

    /** The chosen member, empty for "any". */
    public Optional<TeamMemberId> member() {
        return Optional.ofNullable(member);
    }

    boolean admits(TeamMemberId id) {
        return member == null || member.equals(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffChoice other && Objects.equals(member, other.member);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(member);
    }

    @Override
    public String toString() {
        return member == null ? "any" : member.toString();
    }
}
