package dev.kairos.questionnaires;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A location's questionnaires, for the API and the admin page: reading needs the right to view
 * appointments, changing them and attaching them to services the right to manage services. An edit
 * of a version that has answers makes the next version; one without answers is rewritten.
 */
@Service
public class Questionnaires {

    private final Forms forms;
    private final Locations locations;
    private final Access access;
    private final ActivityLog activity;
    private final Clock clock;

    Questionnaires(Forms forms, Locations locations, Access access, ActivityLog activity, Clock clock) {
        this.forms = forms;
        this.locations = locations;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
    }

    /** @throws dev.kairos.refusal.Refused 404 for an unknown location */
    public Location location(long locationId) {
        return locations.find(locationId).orElseThrow(() -> Refusal.notFound("Location")
                .exception());
    }

    public List<QuestionnaireView> list(Caller caller, long locationId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        Location location = location(locationId);
        return forms.list(locationId).stream().map(f -> view(f, location)).toList();
    }

    /** Empty for an unknown, removed or another location's questionnaire. */
    public Optional<QuestionnaireView> find(Caller caller, long locationId, long id) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        Location location = location(locationId);
        return own(locationId, id).map(f -> view(f, location));
    }

    @Transactional
    public Outcome<QuestionnaireView> create(Caller caller, long locationId, QuestionnaireBody body) {
        access.require(caller, locationId, Right.MANAGE_SERVICES);
        Location location = location(locationId);
        Map<String, List<Fault>> faults = FormRules.faults(body);
        if (!faults.isEmpty()) {
            return Outcome.refused(Refusal.invalidFaults(faults));
        }
        long id = forms.insert(locationId, body.title().strip(), FormRules.clean(body), clock.instant());
        activity.record(
                locationId,
                caller,
                "created",
                "questionnaire",
                id,
                Map.of("title", body.title().strip()));
        return new Outcome.Done<>(view(forms.find(id).orElseThrow(), location));
    }

    /** Replaces the title and the questions: in place while nobody answered the current version, else as the next version. */
    @Transactional
    public Outcome<QuestionnaireView> update(Caller caller, long locationId, long id, QuestionnaireBody body) {
        Location location = location(locationId);
        Optional<Forms.Form> form = editable(caller, locationId, id);
        if (form.isEmpty()) {
            return Outcome.refused(Refusal.notFound("Questionnaire"));
        }
        Map<String, List<Fault>> faults = FormRules.faults(body);
        if (!faults.isEmpty()) {
            return Outcome.refused(Refusal.invalidFaults(faults));
        }
        Instant now = clock.instant();
        Forms.Form current = form.get();
        List<FormRules.Clean> questions = FormRules.clean(body);
        if (forms.answered(current.versionId())) {
            forms.addVersion(id, current.version() + 1, questions, now);
        } else {
            forms.replaceQuestions(current.versionId(), questions);
        }
        forms.rename(id, body.title().strip(), now);
        activity.record(
                locationId,
                caller,
                "changed",
                "questionnaire",
                id,
                Map.of("title", body.title().strip()));
        return new Outcome.Done<>(view(forms.find(id).orElseThrow(), location));
    }

    @Transactional
    public Outcome<QuestionnaireView> delete(Caller caller, long locationId, long id) {
        Location location = location(locationId);
        Optional<Forms.Form> form = editable(caller, locationId, id);
        if (form.isEmpty()) {
            return Outcome.refused(Refusal.notFound("Questionnaire"));
        }
        QuestionnaireView before = view(form.get(), location);
        forms.delete(id, clock.instant());
        activity.record(locationId, caller, "deleted", "questionnaire", id, Map.of("title", before.title()));
        return new Outcome.Done<>(before);
    }

    /** Makes the service ask this questionnaire (in place of any other). */
    @Transactional
    public Outcome<QuestionnaireView> attach(Caller caller, long locationId, long id, Long serviceId) {
        Location location = location(locationId);
        Optional<Forms.Form> form = editable(caller, locationId, id);
        if (form.isEmpty()) {
            return Outcome.refused(Refusal.notFound("Questionnaire"));
        }
        if (serviceId == null) {
            return Outcome.refused(Refusal.invalid("service_id", Fault.required()));
        }
        if (!forms.serviceAt(serviceId, locationId)) {
            return Outcome.refused(Refusal.invalid(
                    "service_id", Fault.of("fault.not-a-service-here", "is not one of this location's services")));
        }
        forms.attach(serviceId, id);
        return new Outcome.Done<>(view(form.get(), location));
    }

    /** The service asks no questionnaire any more; refused when it did not ask this one. */
    @Transactional
    public Outcome<QuestionnaireView> detach(Caller caller, long locationId, long id, long serviceId) {
        Location location = location(locationId);
        Optional<Forms.Form> form = editable(caller, locationId, id);
        if (form.isEmpty()) {
            return Outcome.refused(Refusal.notFound("Questionnaire"));
        }
        if (!forms.serviceIds(id).contains(serviceId)) {
            return Outcome.refused(Refusal.notFound("Service with this questionnaire"));
        }
        forms.detach(serviceId);
        return new Outcome.Done<>(view(form.get(), location));
    }

    /**
     * The current questions a service asks, for booking widgets (a partner token is enough); an
     * empty list when it asks none.
     */
    public Outcome<List<Question>> questionsOf(Caller caller, long locationId, long serviceId) {
        access.requirePartner(caller, locationId);
        if (!forms.serviceAt(serviceId, locationId)) {
            return Outcome.refused(Refusal.notFound("Service"));
        }
        return new Outcome.Done<>(current(serviceId));
    }

    /** The current questions the service asks, empty when none; no access check (for the public booking page). */
    public List<Question> current(long serviceId) {
        return forms.attached(List.of(serviceId)).stream()
                .findFirst()
                .flatMap(pair -> forms.find(pair[1]))
                .map(f -> forms.questions(f.versionId()))
                .orElse(List.of());
    }

    /** The location's questionnaire, locked for a change the caller may make; empty when it is not one. */
    private Optional<Forms.Form> editable(Caller caller, long locationId, long id) {
        access.require(caller, locationId, Right.MANAGE_SERVICES);
        return forms.lock(id).filter(f -> f.locationId() == locationId);
    }

    /** The location's services for the admin page, each with the questionnaire it asks (null for none). */
    List<Forms.ServiceChoice> services(Caller caller, long locationId) {
        access.require(caller, locationId, Right.MANAGE_SERVICES);
        return forms.services(locationId);
    }

    private Optional<Forms.Form> own(long locationId, long id) {
        return forms.find(id).filter(f -> f.locationId() == locationId);
    }

    private QuestionnaireView view(Forms.Form form, Location location) {
        return new QuestionnaireView(
                form.id(),
                form.locationId(),
                form.title(),
                form.version(),
                forms.questions(form.versionId()),
                forms.serviceIds(form.id()),
                iso(form.createdAt(), location),
                iso(form.updatedAt(), location));
    }

    private static String iso(Instant instant, Location location) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(location.zone()).withNano(0));
    }
}
