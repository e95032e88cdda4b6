package dev.kairos.audit;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.web.Envelope;
import dev.kairos.wire.Paging;
import dev.kairos.wire.QueryParams;
import dev.kairos.wire.WireTime;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /locations/{id}/activity_log}: who did what to which entity, and when, newest first,
 * filtered by entity, entity id, user, action and time. Needs the right to view the log.
 */
@RestController
@RequestMapping("/api/v1")
class ActivityLogController {

    private final ActivityEntries entries;
    private final Access access;

    ActivityLogController(ActivityEntries entries, Access access) {
        this.entries = entries;
        this.access = access;
    }

    @GetMapping("/locations/{locationId}/activity_log")
    Envelope<List<ActivityEntries.ActivityEntry>> list(
            Caller caller, @PathVariable long locationId, HttpServletRequest http) {
        access.require(caller, locationId, Right.VIEW_ACTIVITY_LOG);
        QueryParams q = new QueryParams(http);
        ZoneId zone = entries.zone(locationId);
        Paging paging = Paging.strict(q, 50, 300);
        String after = q.string("changed_after");
        String before = q.string("changed_before");
        ActivityEntries.Query query = new ActivityEntries.Query(
                locationId,
                q.string("entity"),
                q.longValue("entity_id"),
                q.longValue("user_id"),
                q.string("action"),
                after == null
                        ? null
                        : WireTime.parseInstant("changed_after", after, zone)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .atOffset(ZoneOffset.UTC),
                before == null
                        ? null
                        : WireTime.parseInstant("changed_before", before, zone)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .plusSeconds(1)
                                .atOffset(ZoneOffset.UTC),
                paging.count(),
                paging.offset());
        return Envelope.page(entries.find(query, zone), paging.page(), entries.count(query));
    }
}
