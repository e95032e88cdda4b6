package dev.kairos.queue;

import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.web.Envelope;
import dev.kairos.web.RefusalResponses;
import dev.kairos.wire.WireTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The walk-in queue API under {@code /api/v1/locations/{id}/queue}: list a day's tickets, join,
 * call the next ticket, and move one ticket (call, serve, cancel, no_show).
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}/queue")
class QueueController {

    private final Queue queue;

    QueueController(Queue queue) {
        this.queue = queue;
    }

    /** What {@code call_next} and {@code call} name: the team member who calls. */
    record CallBody(Long teamMemberId) {}

    @GetMapping
    ResponseEntity<Envelope<List<TicketView>>> list(
            Caller caller,
            @PathVariable long locationId,
            @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "status", required = false) List<String> status) {
        LocalDate day = date == null ? null : WireTime.parseDate("date", date);
        List<TicketStatus> statuses = new ArrayList<>();
        for (String s : status == null ? List.<String>of() : status) {
            try {
                statuses.add(TicketStatus.fromDb(s));
            } catch (IllegalArgumentException e) {
                return RefusalResponses.of(
                        Refusal.invalid("status", "must be waiting, called, served, cancelled or no_show"));
            }
        }
        List<Ticket> tickets = queue.list(caller, locationId, day, statuses);
        QueueState state = queue.state(locationId);
        List<TicketView> views =
                tickets.stream().map(t -> TicketView.of(t, state)).toList();
        return ResponseEntity.ok(new Envelope<>(
                true,
                views,
                Map.of(
                        "total_count",
                        views.size(),
                        "free_team_member_ids",
                        state.free().stream().map(Floor.Member::id).toList())));
    }

    @PostMapping
    ResponseEntity<Envelope<TicketView>> join(
            Caller caller, @PathVariable long locationId, @RequestBody(required = false) Queue.Join body) {
        if (body == null) {
            return RefusalResponses.of(Refusal.malformed(Fault.of("refusal.json-body", "A JSON body is required")));
        }
        return answer(locationId, queue.join(caller, locationId, body), HttpStatus.CREATED);
    }

    @GetMapping("/{ticketId}")
    ResponseEntity<Envelope<TicketView>> get(
            Caller caller, @PathVariable long locationId, @PathVariable long ticketId) {
        return queue.find(caller, locationId, ticketId)
                .<ResponseEntity<Envelope<TicketView>>>map(
                        t -> ResponseEntity.ok(Envelope.of(TicketView.of(t, queue.state(locationId)))))
                .orElseGet(() -> RefusalResponses.of(Refusal.notFound("Ticket")));
    }

    @PostMapping("/call_next")
    ResponseEntity<Envelope<TicketView>> callNext(
            Caller caller, @PathVariable long locationId, @RequestBody(required = false) CallBody body) {
        return answer(
                locationId,
                queue.callNext(caller, locationId, body == null ? null : body.teamMemberId()),
                HttpStatus.OK);
    }

    @PostMapping("/{ticketId}/call")
    ResponseEntity<Envelope<TicketView>> call(
            Caller caller,
            @PathVariable long locationId,
            @PathVariable long ticketId,
            @RequestBody(required = false) CallBody body) {
        return answer(
                locationId,
                queue.call(caller, locationId, ticketId, body == null ? null : body.teamMemberId()),
                HttpStatus.OK);
    }

    @PostMapping("/{ticketId}/serve")
    ResponseEntity<Envelope<TicketView>> serve(
            Caller caller, @PathVariable long locationId, @PathVariable long ticketId) {
        return answer(locationId, queue.serve(caller, locationId, ticketId), HttpStatus.OK);
    }

    @PostMapping("/{ticketId}/cancel")
    ResponseEntity<Envelope<TicketView>> cancel(
            Caller caller, @PathVariable long locationId, @PathVariable long ticketId) {
        return answer(locationId, queue.end(caller, locationId, ticketId, TicketStatus.CANCELLED), HttpStatus.OK);
    }

    @PostMapping("/{ticketId}/no_show")
    ResponseEntity<Envelope<TicketView>> noShow(
            Caller caller, @PathVariable long locationId, @PathVariable long ticketId) {
        return answer(locationId, queue.end(caller, locationId, ticketId, TicketStatus.NO_SHOW), HttpStatus.OK);
    }

    private ResponseEntity<Envelope<TicketView>> answer(long locationId, Step step, HttpStatus success) {
        if (step instanceof Step.Moved moved) {
            return ResponseEntity.status(success)
                    .body(Envelope.of(TicketView.of(moved.ticket(), queue.state(locationId))));
        }
        return RefusalResponses.of(((Step.Refused) step).refusal());
    }
}
