package dev.kairos.catalog;

import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.directory.Resources;
import dev.kairos.directory.TeamMembers;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refused;
import dev.kairos.web.ApiException;
import dev.kairos.web.RefusalResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The services page ({@code /admin/locations/{id}/services}) for those who manage the location's
 * services: categories (made, renamed, ordered by weight, deleted) and the services grouped by
 * them, each opened in a form with every field of an appointment definition, its own hours,
 * resources and team members. Every change goes through the same editors as the API; a refused
 * form comes back as typed with the catalog's reasons beside the fields.
 */
@Controller
class ServicesPage {

    private static final String PATH = "/admin/locations/{locationId}/services";

    private final Services services;
    private final ServiceEditor editor;
    private final ServiceCategories categories;
    private final CategoryEditor categoryEditor;
    private final CatalogAccess access;
    private final Locations locations;
    private final TeamMembers members;
    private final Resources resources;
    private final MessageSource messages;

    ServicesPage(
            Services services,
            ServiceEditor editor,
            ServiceCategories categories,
            CategoryEditor categoryEditor,
            CatalogAccess access,
            Locations locations,
            TeamMembers members,
            Resources resources,
            MessageSource messages) {
        this.messages = messages;
        this.services = services;
        this.editor = editor;
        this.categories = categories;
        this.categoryEditor = categoryEditor;
        this.access = access;
        this.locations = locations;
        this.members = members;
        this.resources = resources;
    }

    /** The services of one category, or of none ({@code category} null). */
    record Group(ServiceCategory category, List<Service> services) {}

    /**
     * A category form the server refused, as typed: {@code id} null for the new-category form.
     *
     * @param errors each field at fault with what it must be
     */
    record CategoryDraft(Long id, String title, String weight, Map<String, List<String>> errors) {

        public String error(String field) {
            List<String> reasons = errors.get(field);
            return reasons == null ? null : String.join("; ", reasons);
        }
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return showList(user, locationId, null, model);
    }

    @GetMapping(PATH + "/new")
    String fresh(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return showForm(user, locationId, null, ServiceForm.fresh(), Map.of(), model);
    }

    @GetMapping(PATH + "/{serviceId:\\d+}")
    String edit(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long serviceId,
            Model model) {
        access.write(user.caller(), locationId);
        Service service = editor.load(locationId, serviceId);
        return showForm(user, locationId, service, ServiceForm.of(service), Map.of(), model);
    }

    @PostMapping(PATH)
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        access.write(user.caller(), locationId);
        return submit(user, locationId, null, params, model, redirect, response);
    }

    @PostMapping(PATH + "/{serviceId:\\d+}")
    String update(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long serviceId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        access.write(user.caller(), locationId);
        Service current = editor.load(locationId, serviceId);
        return submit(user, locationId, current, params, model, redirect, response);
    }

    /**
     * Saves the form through the editor. When the form cannot even be read, the catalog's rules
     * still run over what could be, without saving, so every reason shows at once.
     */
    private String submit(
            SessionUser user,
            long locationId,
            Service current,
            MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ServiceForm form = ServiceForm.typed(params);
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        ServiceRequest request = form.request(problems);
        try {
            if (problems.isEmpty() && current == null) {
                return saved(locationId, editor.create(user.caller(), locationId, request), "created", redirect);
            }
            if (problems.isEmpty()) {
                Service changed = editor.update(user.caller(), locationId, current.id(), request, true);
                return saved(locationId, changed, "saved", redirect);
            }
            ServiceFields.from(request, current == null ? null : current.definition());
        } catch (ServiceRuleViolation e) {
            e.refusal().faults().forEach((field, faults) -> problems.computeIfAbsent(field, f -> new ArrayList<>())
                    .addAll(faults));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return showForm(user, locationId, current, form, words(problems), model);
    }

    @PostMapping(PATH + "/{serviceId:\\d+}/delete")
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long serviceId,
            RedirectAttributes redirect) {
        access.write(user.caller(), locationId);
        Service current = editor.load(locationId, serviceId);
        editor.delete(user.caller(), locationId, serviceId);
        return saved(locationId, current, "deleted", redirect);
    }

    @PostMapping(PATH + "/categories")
    String createCategory(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String weight,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return category(user, locationId, null, title, weight, model, redirect, response);
    }

    @PostMapping(PATH + "/categories/{categoryId}")
    String updateCategory(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long categoryId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String weight,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return category(user, locationId, categoryId, title, weight, model, redirect, response);
    }

    @PostMapping(PATH + "/categories/{categoryId}/delete")
    String deleteCategory(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long categoryId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        access.write(user.caller(), locationId);
        ServiceCategory current = categoryEditor.load(locationId, categoryId);
        try {
            categoryEditor.delete(user.caller(), locationId, categoryId);
        } catch (Refused e) {
            response.setStatus(RefusalResponses.status(e.refusal().code()).value());
            model.addAttribute("error", e.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
            return showList(user, locationId, null, model);
        }
        redirect.addFlashAttribute("notice", "services.notice.category-deleted");
        redirect.addFlashAttribute("noticeTitle", current.title());
        return "redirect:/admin/locations/" + locationId + "/services";
    }

    private String category(
            SessionUser user,
            long locationId,
            Long categoryId,
            String title,
            String weight,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        access.write(user.caller(), locationId);
        Integer number = null;
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        try {
            number = weight.isBlank() ? null : Integer.valueOf(weight.strip());
        } catch (NumberFormatException e) {
            problems.put("weight", List.of(Fault.wholeNumber()));
        }
        try {
            if (problems.isEmpty()) {
                CategoryEditor.CategoryRequest request = new CategoryEditor.CategoryRequest(title, null, number, null);
                ServiceCategory saved = categoryId == null
                        ? categoryEditor.create(user.caller(), locationId, request)
                        : categoryEditor.update(user.caller(), locationId, categoryId, request);
                redirect.addFlashAttribute("notice", "services.notice.category-saved");
                redirect.addFlashAttribute("noticeTitle", saved.title());
                return "redirect:/admin/locations/" + locationId + "/services";
            }
        } catch (Refused e) {
            if (e.refusal().fields().isEmpty()) {
                throw e;
            }
            problems.putAll(e.refusal().faults());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return showList(user, locationId, new CategoryDraft(categoryId, title, weight, words(problems)), model);
    }

    /** Each field's faults in the words of the request's language. */
    private Map<String, List<String>> words(Map<String, List<Fault>> problems) {
        return Fault.words(problems, messages, LocaleContextHolder.getLocale());
    }

    private static String saved(long locationId, Service service, String done, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "services.notice." + done);
        redirect.addFlashAttribute("noticeTitle", service.title());
        return "redirect:/admin/locations/" + locationId + "/services";
    }

    private String showList(SessionUser user, long locationId, CategoryDraft draft, Model model) {
        Location location = location(user, locationId);
        List<ServiceCategory> all = categories.list(locationId, null);
        List<Service> everything = services.list(locationId, new Services.ServiceFilter(null, null, false));
        List<Group> groups = new ArrayList<>();
        all.forEach(c -> groups.add(new Group(
                c,
                everything.stream()
                        .filter(s -> Objects.equals(s.definition().categoryId(), c.id()))
                        .toList())));
        List<Service> none = everything.stream()
                .filter(s -> s.definition().categoryId() == null)
                .toList();
        if (!none.isEmpty()) {
            groups.add(new Group(null, none));
        }
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "services");
        model.addAttribute("categories", all);
        model.addAttribute("groups", groups);
        model.addAttribute("draft", draft);
        return "catalog/services";
    }

    private String showForm(
            SessionUser user,
            long locationId,
            Service service,
            ServiceForm form,
            Map<String, List<String>> errors,
            Model model) {
        Location location = location(user, locationId);
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "services");
        model.addAttribute("service", service);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", categories.list(locationId, null));
        model.addAttribute("members", members.atLocation(locationId));
        model.addAttribute("resources", resources.atLocation(locationId));
        model.addAttribute("bookingTypes", BookingType.values());
        model.addAttribute("prepaidChoices", Prepaid.values());
        model.addAttribute("flags", ServiceForm.FLAGS);
        return "catalog/service";
    }

    private Location location(SessionUser user, long locationId) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        access.write(user.caller(), locationId);
        return location;
    }
}
