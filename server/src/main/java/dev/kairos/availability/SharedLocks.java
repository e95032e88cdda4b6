package dev.kairos.availability;

import java.util.Collection;
import java.util.List;

/**
 * Rows a booking holds in share mode while its availability is read: the team members and
 * resources it books. Bookings never wait for one another on these (share locks do not conflict;
 * the exclusion constraints keep their appointments apart), but a writer that locks such a row
 * exclusively, such as a group event taking a member's or a room's time, waits for every booking
 * that read before it, and every booking that reads after it sees what it wrote.
 *
 * @param teamMembers the team members, any order (locked in id order)
 * @param resources the resources, any order (locked in id order, after the team members)
 */
public record SharedLocks(List<Long> teamMembers, List<Long> resources) {

    public static final SharedLocks NONE = new SharedLocks(List.of(), List.of());

    public SharedLocks(Collection<Long> teamMembers, Collection<Long> resources) {
        this(
                teamMembers.stream().distinct().sorted().toList(),
                resources.stream().distinct().sorted().toList());
    }

    public boolean isEmpty() {
        return teamMembers.isEmpty() && resources.isEmpty();
    }
}
