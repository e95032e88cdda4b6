package dev.kairos.clients;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import dev.kairos.web.ApiException;
import dev.kairos.web.PageLinks;
import dev.kairos.web.RefusalResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The clients pages ({@code /admin/locations/{id}/clients}): the list with its search and numbered
 * pages, a new client, and a client's card with contact data, tags and delete. Reading needs the
 * right to view clients, every change the right to manage them, checked here on each request. A
 * refused form comes back as typed with the API's reasons beside its fields.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/clients")
class ClientsPage {

    static final int PAGE_SIZE = 25;
    private static final String CARD = "/{clientId:\\d+}";

    private final Clients clients;
    private final ClientEditor editor;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    ClientsPage(Clients clients, ClientEditor editor, Locations locations, Access access, MessageSource messages) {
        this.clients = clients;
        this.editor = editor;
        this.locations = locations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Location location = open(user, locationId, Right.VIEW_CLIENTS, model);
        return showList(location, q, Math.max(1, page), ClientForm.blank(), Map.of(), model);
    }

    @PostMapping
    @Transactional
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            ClientForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Location location = open(user, locationId, Right.MANAGE_CLIENTS, model);
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        ClientRequest request = form.request(problems);
        try {
            if (problems.isEmpty()) {
                Client made = editor.create(user.caller(), location, request);
                redirect.addFlashAttribute("notice", "clients.notice.created");
                return "redirect:" + card(locationId, made.id());
            }
        } catch (Refused refused) {
            problems.putAll(reasons(refused));
        }
        response.setStatus(422);
        return showList(location, "", 1, form, words(problems), model.addAttribute("adding", true));
    }

    @GetMapping(CARD)
    String card(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long clientId,
            Model model) {
        Location location = open(user, locationId, Right.VIEW_CLIENTS, model);
        Client client = editor.find(location, clientId);
        return showCard(location, client, ClientForm.of(client), Map.of(), model);
    }

    @PostMapping(CARD)
    @Transactional
    String save(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long clientId,
            ClientForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Location location = open(user, locationId, Right.MANAGE_CLIENTS, model);
        Client client = editor.find(location, clientId);
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        ClientRequest request = form.request(problems);
        try {
            if (problems.isEmpty()) {
                editor.update(user.caller(), location, clientId, request);
                redirect.addFlashAttribute("notice", "clients.notice.saved");
                return "redirect:" + card(locationId, clientId);
            }
        } catch (Refused refused) {
            problems.putAll(reasons(refused));
        }
        response.setStatus(422);
        return showCard(location, client, form, words(problems), model);
    }

    @PostMapping(CARD + "/tags")
    @Transactional
    String tags(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long clientId,
            @RequestParam(name = "tag", required = false) List<Long> tags,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Location location = open(user, locationId, Right.MANAGE_CLIENTS, model);
        ClientRequest request = ClientRequest.tagsOnly(tags == null ? List.of() : tags);
        try {
            editor.update(user.caller(), location, clientId, request);
        } catch (Refused refused) {
            Client client = editor.find(location, clientId);
            response.setStatus(RefusalResponses.status(refused.refusal().code()).value());
            model.addAttribute("error", refused.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
            return showCard(location, client, ClientForm.of(client), Map.of(), model);
        }
        redirect.addFlashAttribute("notice", "clients.notice.tagged");
        return "redirect:" + card(locationId, clientId);
    }

    @PostMapping(CARD + "/delete")
    @Transactional
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long clientId,
            Model model,
            RedirectAttributes redirect) {
        Location location = open(user, locationId, Right.MANAGE_CLIENTS, model);
        Client client = editor.find(location, clientId);
        editor.delete(user.caller(), location, clientId);
        redirect.addFlashAttribute("notice", "clients.notice.deleted");
        redirect.addFlashAttribute("noticeName", (client.name() + " " + client.surname()).strip());
        return "redirect:/admin/locations/" + locationId + "/clients";
    }

    private String showList(
            Location location, String q, int page, ClientForm form, Map<String, List<String>> errors, Model model) {
        ClientCriteria criteria = ClientCriteria.all(location.id(), location.defaultRegion());
        if (!q.isBlank()) {
            criteria.typed(q);
        }
        Clients.ClientPage found = clients.search(criteria, ClientOrder.BY_NAME, page, PAGE_SIZE);
        long pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        String base = "/admin/locations/" + location.id() + "/clients";
        model.addAttribute("q", q);
        model.addAttribute("clients", found.clients());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", pages);
        model.addAttribute("pageLinks", PageLinks.of(page, pages, n -> pageHref(base, q, n)));
        model.addAttribute("previousPage", page > 1 ? pageHref(base, q, page - 1) : null);
        model.addAttribute("nextPage", page < pages ? pageHref(base, q, page + 1) : null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "clients/list";
    }

    private String showCard(
            Location location, Client client, ClientForm form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tags", clients.tags(location.id()));
        model.addAttribute(
                "tagged", client.categories().stream().map(Client.Category::id).toList());
        return "clients/card";
    }

    private Location open(SessionUser user, long locationId, Right right, Model model) {
        access.require(user.caller(), locationId, right);
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "clients");
        return location;
    }

    /** The refusal's faults by field; a refusal naming no field (a phone already taken) is the phone's. */
    private static Map<String, List<Fault>> reasons(Refused refused) {
        Refusal refusal = refused.refusal();
        if (!refusal.faults().isEmpty()) {
            return refusal.faults();
        }
        if (refusal.code() == RefusalCode.CONFLICT) {
            return Map.of("phone", List.of(Fault.of("fault.client.phone-taken", refusal.message())));
        }
        return Map.of("form", List.of(refusal.says()));
    }

    /** Each field's faults in the words of the request's language. */
    private Map<String, List<String>> words(Map<String, List<Fault>> problems) {
        return Fault.words(problems, messages, LocaleContextHolder.getLocale());
    }

    static String card(long locationId, long clientId) {
        return "/admin/locations/" + locationId + "/clients/" + clientId;
    }

    private static String pageHref(String base, String q, long page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        if (!q.isBlank()) {
            uri.queryParam("q", q);
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
