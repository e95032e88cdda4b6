package dev.kairos.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.audit.ActivityRecorded;
import dev.kairos.webhooks.Change.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangesTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource({
        "appointment, created, , RECORD, CREATE",
        "appointment, updated, , RECORD, UPDATE",
        "appointment, rescheduled, , RECORD, UPDATE",
        "appointment, status_changed, confirmed, RECORD, UPDATE",
        "appointment, status_changed, arrived, RECORD, UPDATE",
        "appointment, status_changed, rejected, RECORD, DELETE",
        "appointment, deleted, cancelled, RECORD, DELETE",
        "appointment, cancelled, , RECORD, DELETE",
        "client, created, , CLIENT, CREATE",
        "client, updated, , CLIENT, UPDATE",
        "client, deleted, , CLIENT, DELETE",
        "service, created, , SERVICE, CREATE",
        "service, deleted, , SERVICE, DELETE",
        "service_staff, created, , SERVICE, UPDATE",
        "service_staff, deleted, , SERVICE, UPDATE",
        "service_hours, updated, , SERVICE, UPDATE",
        "service_resources, updated, , SERVICE, UPDATE",
        "service_category, created, , SERVICE_CATEGORY, CREATE",
        "service_category, deleted, , SERVICE_CATEGORY, DELETE",
        "team_member, created, , STAFF, CREATE",
        "team_member, updated, , STAFF, UPDATE",
        "team_member, deleted, , STAFF, DELETE",
        "location, updated, , COMPANY, UPDATE",
        "location, deleted, , COMPANY, DELETE",
        "opening_hours, updated, , COMPANY, UPDATE",
        "schedule, updated, , SCHEDULE, UPDATE",
        "weekly_hours, updated, , SCHEDULE, UPDATE",
        "payment, paid, , FINANCES_OPERATION, CREATE",
        "payment, refunded, , FINANCES_OPERATION, CREATE",
        "payment, deleted, , FINANCES_OPERATION, DELETE",
    })
    void eachLoggedChangeOfAHookedResourceIsOneChange(
            String entity, String action, String to, Resource resource, Status status) {
        Map<String, Object> details = to == null ? Map.of() : Map.of("to", to);

        assertThat(Changes.of(new ActivityRecorded(7L, entity, List.of(42L), action, 1L, 2L, details)))
                .containsExactly(new Change(7, resource, 42, status));
    }

    @ParameterizedTest
    @CsvSource({
        "resource, created",
        "position, created",
        "account, updated",
        "export_file, exported",
        "visit, updated",
        "webhook_settings, updated",
        "appointment_import, imported"
    })
    void entitiesNoHookCoversMakeNone(String entity, String action) {
        assertThat(Changes.of(new ActivityRecorded(7L, entity, List.of(42L), action, 1L, 2L, Map.of())))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aBulkEntryIsOneChangeAnEntityAndOneWithoutLocationNone() {
        assertThat(Changes.of(new ActivityRecorded(7L, "client", List.of(1L, 2L), "created", null, null, null)))
                .containsExactly(
                        new Change(7, Resource.CLIENT, 1, Status.CREATE),
                        new Change(7, Resource.CLIENT, 2, Status.CREATE));
        assertThat(Changes.of(new ActivityRecorded(null, "client", List.of(1L), "created", null, null, null)))
                .isEmpty();
    }
}
