package dev.kairos.queue;

import dev.kairos.directory.Location;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Today's queue at one moment: the open tickets in number order, when each waiting one can expect
 * to be called, and which team members are free now.
 *
 * @param calls the expected call time of each waiting ticket by id; absent where nobody on duty
 *     performs its service
 * @param free the team members on duty and free now
 * @param names every queue team member's name by id
 */
record QueueState(
        Location location,
        Instant now,
        List<Ticket> open,
        Map<Long, Instant> calls,
        List<Floor.Member> free,
        Map<Long, String> names) {

    static QueueState of(
            Location location,
            Instant now,
            List<Ticket> open,
            List<WaitEstimate.Server> servers,
            List<Floor.Member> members) {
        List<Ticket> waiting = waiting(open);
        List<Instant> expected =
                WaitEstimate.calls(waiting.stream().map(Ticket::serviceId).toList(), servers);
        Map<Long, Instant> calls = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            if (expected.get(i) != null) {
                calls.put(waiting.get(i).id(), expected.get(i));
            }
        }
        Set<Long> idle = servers.stream()
                .filter(s -> !s.freeAt().isAfter(now))
                .map(WaitEstimate.Server::memberId)
                .collect(Collectors.toSet());
        return new QueueState(
                location,
                now,
                open,
                calls,
                members.stream().filter(m -> idle.contains(m.id())).toList(),
                members.stream().collect(Collectors.toMap(Floor.Member::id, Floor.Member::name)));
    }

    public List<Ticket> waiting() {
        return waiting(open);
    }

    public List<Ticket> called() {
        return open.stream().filter(t -> t.status() == TicketStatus.CALLED).toList();
    }

    /** How many waiting tickets joined before this one. */
    public int ahead(Ticket ticket) {
        return (int)
                waiting().stream().filter(t -> t.number() < ticket.number()).count();
    }

    /** The expected wait until the ticket is called, in whole seconds; null when it cannot be told. */
    public Long waitSeconds(Ticket ticket) {
        Instant call = calls.get(ticket.id());
        return call == null ? null : Math.max(0, Duration.between(now, call).toSeconds());
    }

    public String memberName(Long id) {
        return id == null ? null : names.getOrDefault(id, "");
    }

    private static List<Ticket> waiting(List<Ticket> open) {
        return open.stream().filter(t -> t.status() == TicketStatus.WAITING).toList();
    }
}
