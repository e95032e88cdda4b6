package dev.kairos.labels;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A location's labels of one kind: listed with the right to see what they sort, created, changed
 * and deleted with the right to manage it. Deleting a label takes it off everything that carries
 * it; the row stays, marked deleted, for the history that names it. Every change is in the
 * activity log.
 */
@Service
public class Labels {

    private final JdbcClient db;
    private final Access access;
    private final Locations locations;
    private final ActivityLog activity;

    Labels(JdbcClient db, Access access, Locations locations, ActivityLog activity) {
        this.db = db;
        this.access = access;
        this.locations = locations;
        this.activity = activity;
    }

    /** What a change came to: the label as stored, or why it was refused. */
    sealed interface Outcome {
        record Saved(Label label) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}
    }

    /** The location's labels of this kind, by title. */
    List<Label> list(Caller caller, long locationId, LabelKind kind) {
        access.require(caller, locationId, kind.viewRight);
        return locations.find(locationId).isEmpty() ? List.of() : query(kind, locationId, null);
    }

    @Transactional
    Outcome create(Caller caller, long locationId, LabelKind kind, LabelBody body) {
        access.require(caller, locationId, kind.manageRight);
        Map<String, List<Fault>> problems = body.problems();
        if (!problems.isEmpty()) {
            return new Outcome.Refused(Refusal.invalidFaults(problems));
        }
        LabelBody full = body.withDefaults();
        long id = db.sql(kind.insert)
                .param("location", locationId)
                .param("title", full.title().strip())
                .param("color", full.color())
                .param("fontColor", full.fontColor())
                .query(Long.class)
                .single();
        activity.record(
                locationId,
                caller,
                "created",
                kind.entity,
                id,
                Map.of("title", full.title().strip()));
        return new Outcome.Saved(find(kind, locationId, id).orElseThrow());
    }

    @Transactional
    Outcome update(Caller caller, long locationId, LabelKind kind, long id, LabelBody body) {
        access.require(caller, locationId, kind.manageRight);
        Optional<Label> stored = find(kind, locationId, id);
        if (stored.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Label"));
        }
        LabelBody full = body.over(stored.get());
        Map<String, List<Fault>> problems = full.problems();
        if (!problems.isEmpty()) {
            return new Outcome.Refused(Refusal.invalidFaults(problems));
        }
        db.sql(kind.update)
                .param("id", id)
                .param("location", locationId)
                .param("title", full.title().strip())
                .param("color", full.color())
                .param("fontColor", full.fontColor())
                .update();
        activity.record(
                locationId,
                caller,
                "updated",
                kind.entity,
                id,
                Map.of("title", full.title().strip(), "was", stored.get().title()));
        return new Outcome.Saved(find(kind, locationId, id).orElseThrow());
    }

    /** Deletes the label and takes it off what carries it; the outcome holds it as it was. */
    @Transactional
    Outcome delete(Caller caller, long locationId, LabelKind kind, long id) {
        access.require(caller, locationId, kind.manageRight);
        Optional<Label> stored = find(kind, locationId, id);
        if (stored.isEmpty()) {
            return new Outcome.Refused(Refusal.notFound("Label"));
        }
        db.sql(kind.unlink).param("id", id).update();
        db.sql(kind.delete).param("id", id).param("location", locationId).update();
        activity.record(
                locationId,
                caller,
                "deleted",
                kind.entity,
                id,
                Map.of("title", stored.get().title(), "taken_off", stored.get().used()));
        return new Outcome.Saved(stored.get());
    }

    private Optional<Label> find(LabelKind kind, long locationId, long id) {
        return query(kind, locationId, id).stream().findFirst();
    }

    private List<Label> query(LabelKind kind, long locationId, Long id) {
        return db.sql(kind.select + " and (cast(:id as bigint) is null or c.id = :id) order by lower(c.title), c.id")
                .param("location", locationId)
                .param("id", id)
                .query((rs, n) -> new Label(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("color"),
                        rs.getString("font_color"),
                        rs.getLong("used")))
                .list();
    }
}
