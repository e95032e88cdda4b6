package dev.kairos.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each waiting ticket can expect to be called: the queue ahead is handed out, in join order,
 * to whichever team member able to serve it is free first, each taking their own length for the
 * service. Pure: no clock, no database.
 */
final class WaitEstimate {

    private WaitEstimate() {}

    /**
     * A team member on duty.
     *
     * @param freeAt when they finish what they are doing (now when they are free)
     * @param lengths how long each service they perform takes them, by service id
     */
    record Server(long memberId, Instant freeAt, Map<Long, Duration> lengths) {}

    /**
     * The expected call time of each waiting ticket, in the order given (join order); null where no
     * team member on duty performs the ticket's service.
     */
    static List<Instant> calls(List<Long> waitingServices, List<Server> servers) {
        Map<Long, Instant> free = new HashMap<>();
        servers.forEach(s -> free.put(s.memberId(), s.freeAt()));
        List<Instant> calls = new ArrayList<>();
        for (Long service : waitingServices) {
            Server first = null;
            for (Server s : servers) {
                if (s.lengths().containsKey(service)
                        && (first == null || free.get(s.memberId()).isBefore(free.get(first.memberId())))) {
                    first = s;
                }
            }
            if (first == null) {
                calls.add(null);
                continue;
            }
            Instant call = free.get(first.memberId());
            calls.add(call);
            free.put(first.memberId(), call.plus(first.lengths().get(service)));
        }
        return calls;
    }
}
