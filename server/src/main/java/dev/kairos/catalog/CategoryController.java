package dev.kairos.catalog;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service categories: Altegio's {@code /company/{cid}/service_categories}, deprecated
 * {@code /service_categories/{cid}} and singular {@code /service_category/{cid}/{id}}, and the
 * canonical {@code /locations/{id}/service_categories}.
 */
@RestController
@RequestMapping("/api/v1")
class CategoryController {

    private final ServiceCategories categories;
    private final CategoryEditor editor;
    private final CatalogAccess access;

    CategoryController(ServiceCategories categories, CategoryEditor editor, CatalogAccess access) {
        this.categories = categories;
        this.editor = editor;
        this.access = access;
    }

    /** The list; Altegio clients also ask for category 0 to list. */
    @GetMapping({
        "/company/{cid}/service_categories",
        "/company/{cid}/service_categories/0",
        "/locations/{cid}/service_categories",
        "/locations/{cid}/service_categories/0"
    })
    Envelope<List<ServiceCategoryView>> list(Caller caller, @PathVariable long cid, HttpServletRequest request) {
        access.read(caller, cid);
        return all(cid, request);
    }

    @GetMapping({"/company/{cid}/service_categories/{id}", "/locations/{cid}/service_categories/{id}"})
    Envelope<ServiceCategoryView> get(Caller caller, @PathVariable long cid, @PathVariable long id) {
        access.read(caller, cid);
        return Envelope.of(ServiceCategoryView.of(editor.load(cid, id)));
    }

    /** Deprecated and singular paths: a partner token is enough. */
    @GetMapping({"/service_categories/{cid}", "/service_categories/{cid}/0", "/service_category/{cid}/0"})
    Envelope<List<ServiceCategoryView>> listDeprecated(
            Caller caller, @PathVariable long cid, HttpServletRequest request) {
        access.publicRead(caller, cid);
        return all(cid, request);
    }

    @GetMapping({"/service_categories/{cid}/{id}", "/service_category/{cid}/{id}"})
    Envelope<ServiceCategoryView> getDeprecated(Caller caller, @PathVariable long cid, @PathVariable long id) {
        access.publicRead(caller, cid);
        return Envelope.of(ServiceCategoryView.of(editor.load(cid, id)));
    }

    @PostMapping({"/service_categories/{cid}", "/locations/{cid}/service_categories"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<ServiceCategoryView> create(
            Caller caller, @PathVariable long cid, @RequestBody CategoryEditor.CategoryRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceCategoryView.of(editor.create(caller, cid, body)));
    }

    @PutMapping({"/service_category/{cid}/{id}", "/locations/{cid}/service_categories/{id}"})
    Envelope<ServiceCategoryView> update(
            Caller caller,
            @PathVariable long cid,
            @PathVariable long id,
            @RequestBody CategoryEditor.CategoryRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceCategoryView.of(editor.update(caller, cid, id, body)));
    }

    @DeleteMapping({"/service_category/{cid}/{id}", "/locations/{cid}/service_categories/{id}"})
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long id) {
        access.write(caller, cid);
        editor.delete(caller, cid, id);
        return ResponseEntity.noContent().build();
    }

    private Envelope<List<ServiceCategoryView>> all(long cid, HttpServletRequest request) {
        List<ServiceCategoryView> all = categories.list(cid, new QueryParams(request).longValue("staff_id")).stream()
                .map(ServiceCategoryView::of)
                .toList();
        return Envelope.counted(all, all.size());
    }
}
