package dev.kairos.engine;

/** Identifies a team member. */
public record TeamMemberId(long value) {

    public static TeamMemberId of(long value) {
        return new TeamMemberId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
