package dev.kairos.admin;

import dev.kairos.appointments.RecordFilter;
import dev.kairos.appointments.RecordQueries;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.clients.Clients;
import dev.kairos.directory.Location;
import dev.kairos.visits.PaymentViews;
import dev.kairos.web.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A client card's history ({@code /admin/locations/{id}/clients/{clientId}/history}, loaded into the
 * card): the client's appointments, newest first, in the Overview's words and the location's zone,
 * each opening in the calendar; and, for those who see finances, the client's payments.
 */
@Controller
class ClientHistoryController {

    private final Workplace workplace;
    private final Clients clients;
    private final RecordQueries queries;
    private final AppointmentRows rows;
    private final PaymentViews payments;
    private final Vocabulary words;

    ClientHistoryController(
            Workplace workplace,
            Clients clients,
            RecordQueries queries,
            AppointmentRows rows,
            PaymentViews payments,
            Vocabulary words) {
        this.workplace = workplace;
        this.clients = clients;
        this.queries = queries;
        this.rows = rows;
        this.payments = payments;
        this.words = words;
    }

    /** An appointment on the card: its row as the Overview shows it, and what its services cost. */
    record Visit(AppointmentRow row, BigDecimal cost) {}

    @GetMapping("/admin/locations/{locationId}/clients/{clientId}/history")
    String history(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long clientId,
            Model model) {
        Location location = workplace.open(user, locationId, Right.VIEW_CLIENTS, model, "clients");
        clients.find(locationId, clientId).orElseThrow(() -> ApiException.notFound("Client"));
        boolean records = workplace.holds(user, locationId, Right.VIEW_RECORDS);
        model.addAttribute("records", records);
        model.addAttribute("visits", records ? visits(user, location, clientId) : List.of());
        boolean finances = workplace.holds(user, locationId, Right.SEE_FINANCES);
        model.addAttribute("finances", finances);
        model.addAttribute("payments", finances ? payments.ofClient(locationId, clientId) : List.of());
        model.addAttribute("shown", words.dateTime(LocaleContextHolder.getLocale()));
        return "clients/history";
    }

    /** The latest page of the client's appointments (the newest {@link RecordFilter#MAX_COUNT} at most), newest first. */
    private List<Visit> visits(SessionUser user, Location location, long clientId) {
        RecordQueries.Listing listing =
                queries.list(user.caller(), location.id(), location.zone(), RecordFilter.client(clientId, 1));
        if (listing.totalCount() > RecordFilter.MAX_COUNT) {
            int last = (int) ((listing.totalCount() - 1) / RecordFilter.MAX_COUNT) + 1;
            listing = queries.list(user.caller(), location.id(), location.zone(), RecordFilter.client(clientId, last));
        }
        List<AppointmentRow> shown = rows.of(location.chainId(), listing.appointments());
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            visits.add(new Visit(shown.get(i), listing.appointments().get(i).cost()));
        }
        Collections.reverse(visits);
        return visits;
    }
}
