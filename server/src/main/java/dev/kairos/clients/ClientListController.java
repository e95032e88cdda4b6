package dev.kairos.clients;

import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import dev.kairos.wire.WireTime;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Client lists: the current search ({@code POST /company/{cid}/clients/search}) and the
 * deprecated list ({@code GET /clients/{cid}}), with their canonical {@code /locations} aliases.
 */
@RestController
@RequestMapping("/api/v1")
class ClientListController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_COUNT = 1000;

    private final Clients clients;
    private final Locations locations;
    private final Access access;

    ClientListController(Clients clients, Locations locations, Access access) {
        this.clients = clients;
        this.locations = locations;
        this.access = access;
    }

    @PostMapping({"/company/{cid}/clients/search", "/locations/{cid}/clients/search"})
    Envelope<List<ClientSelection>> search(
            Caller caller, @PathVariable long cid, @RequestBody ClientSearchRequest body) {
        Location location = location(caller, cid);
        ClientOrder order = ClientOrder.of(body.orderBy(), body.orderByDirection())
                .orElseThrow(() -> ApiException.badRequest("Unknown order_by or order_by_direction"));
        ClientCriteria criteria = operation(body.operation(), location);
        SearchFilters.apply(body.filters(), criteria);
        int size = clamp(body.pageSize() == null ? 25 : body.pageSize(), MAX_PAGE_SIZE);
        int page = Math.max(1, body.page() == null ? 1 : body.page());
        Clients.ClientPage found = clients.search(criteria, order, page, size);
        List<String> fields = body.fields() == null ? List.of() : body.fields();
        return Envelope.counted(
                found.clients().stream()
                        .map(c -> new ClientSelection(ClientView.of(c, location.zone()), fields))
                        .toList(),
                found.total());
    }

    @GetMapping({"/clients/{cid}", "/locations/{cid}/clients"})
    Envelope<List<ClientView>> list(Caller caller, @PathVariable long cid, HttpServletRequest request) {
        Location location = location(caller, cid);
        QueryParams q = new QueryParams(request);
        ClientCriteria criteria =
                ClientCriteria.all(location.id(), location.defaultRegion()).ids(q.longs("id"));
        ifPresent(q.string("fullname"), criteria::fullName);
        ifPresent(q.string("phone"), criteria::phone);
        ifPresent(q.string("email"), criteria::emailContains);
        ifPresent(q.string("card"), criteria::cardContains);
        criteria.spent(amount(q, "paid_min"), amount(q, "paid_max"));
        criteria.changed(instant(q, "changed_after", location), instant(q, "changed_before", location));
        int count = clamp(q.intValue("count", 50), MAX_COUNT);
        int page = Math.max(1, q.intValue("page", 1));
        Clients.ClientPage found = clients.search(criteria, ClientOrder.BY_ID, page, count);
        return Envelope.page(
                found.clients().stream()
                        .map(c -> ClientView.of(c, location.zone()))
                        .toList(),
                page,
                found.total());
    }

    private Location location(Caller caller, long cid) {
        access.require(caller, cid, Right.VIEW_CLIENTS);
        return locations.find(cid).orElseThrow(() -> ApiException.notFound("Location"));
    }

    private static ClientCriteria operation(String operation, Location location) {
        String op = operation == null ? "and" : operation.strip().toLowerCase(Locale.ROOT);
        return switch (op) {
            case "and", "" -> ClientCriteria.all(location.id(), location.defaultRegion());
            case "or" -> ClientCriteria.any(location.id(), location.defaultRegion());
            default -> throw ApiException.badRequest("operation must be AND or OR");
        };
    }

    private static int clamp(int requested, int max) {
        return Math.max(1, Math.min(requested, max));
    }

    private static void ifPresent(String value, java.util.function.Consumer<String> filter) {
        if (value != null) {
            filter.accept(value);
        }
    }

    private static BigDecimal amount(QueryParams q, String name) {
        String value = q.string(name);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be a number");
        }
    }

    private static Instant instant(QueryParams q, String name, Location location) {
        String value = q.string(name);
        return value == null ? null : WireTime.parseInstant(name, value, location.zone());
    }
}
