package dev.kairos.clients;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.directory.Location;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Creates, changes and deletes clients from API requests, and logs every write. */
@Component
class ClientEditor {

    private final Clients clients;
    private final ActivityLog activity;

    ClientEditor(Clients clients, ActivityLog activity) {
        this.clients = clients;
        this.activity = activity;
    }

    /**
     * @throws dev.kairos.refusal.Refused 422 for a bad field or unknown category, 409 when a live client of the
     *     location already has the phone
     */
    Client create(Caller caller, Location location, ClientRequest request) {
        ClientFields fields = ClientFields.from(request, null, location.defaultRegion());
        requireCategories(location.id(), fields.categories());
        long id = clients.insert(location.chainId(), location.id(), fields)
                .orElseThrow(() -> phoneTaken(fields).exception());
        activity.record(
                location.id(), caller, "created", "client", id, Map.of("name", fields.name(), "phone", fields.phone()));
        return clients.find(location.id(), id).orElseThrow();
    }

    /** @throws dev.kairos.refusal.Refused 404 for an unknown client, 422 for a bad field, 409 for a phone taken */
    Client update(Caller caller, Location location, long clientId, ClientRequest request) {
        Client current = find(location, clientId);
        ClientFields fields = ClientFields.from(request, current, location.defaultRegion());
        requireCategories(location.id(), fields.categories());
        clients.findByPhone(location.id(), PhoneNumber.stored(fields.phone()))
                .filter(other -> other.id() != clientId)
                .ifPresent(other -> {
                    throw phoneTaken(fields).exception();
                });
        clients.update(location.id(), clientId, fields);
        activity.record(location.id(), caller, "updated", "client", clientId, Map.of("name", fields.name()));
        return find(location, clientId);
    }

    /** @throws dev.kairos.refusal.Refused 404 for an unknown client */
    void delete(Caller caller, Location location, long clientId) {
        if (!clients.delete(location.id(), clientId)) {
            throw Refusal.notFound("Client").exception();
        }
        activity.record(location.id(), caller, "deleted", "client", clientId, Map.of());
    }

    Client find(Location location, long clientId) {
        return clients.find(location.id(), clientId)
                .orElseThrow(() -> Refusal.notFound("Client").exception());
    }

    private void requireCategories(long locationId, List<Long> categoryIds) {
        List<Long> unknown = clients.unknownCategories(locationId, categoryIds);
        if (!unknown.isEmpty()) {
            throw Refusal.invalid(
                            "categories",
                            Fault.of(
                                    "fault.client.categories-unknown",
                                    "unknown category ids " + unknown,
                                    unknown.stream().map(String::valueOf).collect(Collectors.joining(", "))))
                    .exception();
        }
    }

    private static Refusal phoneTaken(ClientFields fields) {
        return Refusal.conflict(Fault.of(
                "refusal.client.phone-taken",
                "A client with phone " + fields.phone() + " already exists at this location",
                fields.phone()));
    }
}
