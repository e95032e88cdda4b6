package dev.kairos.catalog;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Validation;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes service categories, in the activity log. */
@Component
class CategoryEditor {

    private final ServiceCategories categories;
    private final ActivityLog activity;

    CategoryEditor(ServiceCategories categories, ActivityLog activity) {
        this.categories = categories;
        this.activity = activity;
    }

    /**
     * {@code staff} is accepted for Altegio compatibility but not stored: a category's staff are
     * those who perform its active services.
     */
    record CategoryRequest(String title, String apiId, Integer weight, Object staff) {}

    @Transactional
    ServiceCategory create(Caller caller, long locationId, CategoryRequest r) {
        String title = title(r.title(), null);
        long id = categories.insert(
                locationId,
                title,
                Objects.requireNonNullElse(r.apiId(), ""),
                Objects.requireNonNullElse(r.weight(), 0));
        activity.record(locationId, caller, "created", "service_category", id, Map.of("title", title));
        return load(locationId, id);
    }

    @Transactional
    ServiceCategory update(Caller caller, long locationId, long id, CategoryRequest r) {
        ServiceCategory current = load(locationId, id);
        String title = title(r.title(), current.title());
        categories.update(
                locationId,
                id,
                title,
                Objects.requireNonNullElse(r.apiId(), current.apiId()),
                Objects.requireNonNullElse(r.weight(), current.weight()));
        activity.record(locationId, caller, "updated", "service_category", id, Map.of("title", title));
        return load(locationId, id);
    }

    /**
     * Deletes a category no active service uses; 422 otherwise, so no service silently loses its
     * place in the booking widget. Inactive services that still name it lose the category.
     */
    @Transactional
    void delete(Caller caller, long locationId, long id) {
        ServiceCategory current = load(locationId, id);
        long using = categories.activeServicesUsing(locationId, id);
        if (using > 0) {
            throw Refusal.of(
                            RefusalCode.INVALID,
                            Fault.of(
                                    "refusal.category-in-use",
                                    "The category is used by " + using
                                            + " active service(s); move them to another category or delete them first",
                                    using))
                    .exception();
        }
        categories.delete(locationId, id);
        activity.record(locationId, caller, "deleted", "service_category", id, Map.of("title", current.title()));
    }

    ServiceCategory load(long locationId, long id) {
        return categories.find(locationId, id).orElseThrow(() -> Refusal.notFound("Service category")
                .exception());
    }

    private static String title(String given, String fallback) {
        String title = given == null ? fallback : given.strip();
        new Validation()
                .required(title, "title")
                .check(
                        title == null || title.length() <= 200,
                        "title",
                        Fault.tooLong(200).saying("title is longer than 200 characters"))
                .orThrow();
        return title;
    }
}
