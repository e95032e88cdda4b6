package dev.kairos.appointments;

import dev.kairos.auth.Caller;
import dev.kairos.directory.Locations;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of Altegio's records API for staff and integrations (partner and user token): the
 * filtered list and one record, in the legacy ({@code /records}, {@code /record}) and the canonical
 * ({@code /locations/{id}/appointments}) spellings. The writes are booking's.
 */
@RestController
@RequestMapping("/api/v1")
class RecordReadsController {

    private final RecordQueries queries;
    private final RecordVersions versions;
    private final Locations locations;

    RecordReadsController(RecordQueries queries, RecordVersions versions, Locations locations) {
        this.queries = queries;
        this.versions = versions;
        this.locations = locations;
    }

    @GetMapping({"/records/{locationId}", "/locations/{locationId}/appointments"})
    Envelope<List<RecordViews.RecordView>> list(Caller caller, @PathVariable long locationId, HttpServletRequest http) {
        ZoneId zone = locations
                .find(locationId)
                .orElseThrow(() -> ApiException.notFound("Location"))
                .zone();
        RecordFilter filter = RecordFilter.from(new QueryParams(http), zone, locationId);
        RecordQueries.Listing listing = queries.list(caller, locationId, zone, filter);
        List<RecordViews.RecordView> records = listing.appointments().stream()
                .map(a -> a.record(filter.include()))
                .toList();
        return Envelope.page(records, filter.page(), listing.totalCount());
    }

    /** Omneo's spelling: {@code GET /appointments?filter[location_id]=...}. */
    @GetMapping("/appointments")
    Envelope<List<RecordViews.RecordView>> listByFilter(Caller caller, HttpServletRequest http) {
        List<Long> locations = new QueryParams(http).longs("filter[location_id]");
        if (locations.size() != 1) {
            throw ApiException.invalid("filter[location_id]", "name exactly one location");
        }
        return list(caller, locations.get(0), http);
    }

    /** The record, with its version as the entity tag ({@code ETag: "3"}) for a conditional PUT. */
    @GetMapping({"/record/{locationId}/{recordId}", "/locations/{locationId}/appointments/{recordId}"})
    ResponseEntity<Envelope<RecordViews.RecordView>> get(
            Caller caller, @PathVariable long locationId, @PathVariable long recordId, HttpServletRequest http) {
        QueryParams q = new QueryParams(http);
        RecordViews.RecordView record = queries.find(caller, locationId, recordId)
                .orElseThrow(() -> ApiException.notFound("Record"))
                .record(new RecordViews.Include(q.flag("include_consumables"), q.flag("include_finance_transactions")));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        versions.entityTag(locationId, recordId).ifPresent(ok::eTag);
        return ok.body(Envelope.of(record));
    }
}
