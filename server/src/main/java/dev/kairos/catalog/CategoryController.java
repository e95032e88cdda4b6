package dev.kairos.catalog;

import dev.kairos.auth.Caller;
import dev.kairos.web.Envelope;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
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

    @GetMapping({
        "/company/{cid}/service_categories",
        "/company/{cid}/service_categories/{id}",
        "/locations/{cid}/service_categories",
        "/locations/{cid}/service_categories/{id}"
    })
    Envelope<?> get(
            Caller caller,
            @PathVariable long cid,
            @PathVariable(required = false) Long id,
            HttpServletRequest request) {
        access.read(caller, cid);
        return answer(cid, id, request);
    }

    /** Deprecated and singular paths: a partner token is enough; an empty or 0 id lists. */
    @GetMapping({"/service_categories/{cid}", "/service_categories/{cid}/{id}", "/service_category/{cid}/{id}"})
    Envelope<?> getDeprecated(
            Caller caller,
            @PathVariable long cid,
            @PathVariable(required = false) Long id,
            HttpServletRequest request) {
        access.publicRead(caller, cid);
        return answer(cid, id, request);
    }

    @PostMapping({"/service_categories/{cid}", "/locations/{cid}/service_categories"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Map<String, Object>> create(
            Caller caller, @PathVariable long cid, @RequestBody CategoryEditor.CategoryRequest body) {
        access.write(caller, cid);
        return Envelope.of(ServiceCategoryView.of(editor.create(caller, cid, body)));
    }

    @PutMapping({"/service_category/{cid}/{id}", "/locations/{cid}/service_categories/{id}"})
    Envelope<Map<String, Object>> update(
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

    private Envelope<?> answer(long cid, Long id, HttpServletRequest request) {
        if (id != null && id != 0) {
            return Envelope.of(ServiceCategoryView.of(editor.load(cid, id)));
        }
        List<Map<String, Object>> all = categories.list(cid, new QueryParams(request).longValue("staff_id")).stream()
                .map(ServiceCategoryView::of)
                .toList();
        return Envelope.counted(all, all.size());
    }
}
