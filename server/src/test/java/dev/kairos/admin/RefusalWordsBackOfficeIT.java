package dev.kairos.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A refusal that names no field reads in the person's language on the back-office pages (the
 * catalog, roles, the queue desk, imports, resources), while the API keeps writing its English.
 */
class RefusalWordsBackOfficeIT extends PageTest {

    @Test
    void aCategoryStillInUseIsNotDeletedAndThePageSaysWhyInGermanAndSpanish() {
        Tenant tenant = fixtures.tenant();
        Api admin = Api.at(port).as(tenant.owner());
        long hair = admin.post("/service_categories/" + tenant.locationA(), Map.of("title", "Hair"))
                .data()
                .get("id")
                .asLong();
        admin.post("/services/" + tenant.locationA(), Map.of("title", "Cut", "category_id", hair));

        Page german = signedIn(tenant, "de-DE");
        german.navigate(url(tenant, "/services"));
        german.onceDialog(dialog -> dialog.accept());
        german.click("#categories tbody tr:nth-child(1) button.delete");
        assertThat(german.locator("#error"))
                .hasText("Die Kategorie wird von 1 aktiven Leistung(en) verwendet; verschieben Sie diese zuerst in"
                        + " eine andere Kategorie oder löschen Sie sie");

        Page spanish = signedIn(tenant, "es-ES");
        spanish.navigate(url(tenant, "/services"));
        spanish.onceDialog(dialog -> dialog.accept());
        spanish.click("#categories tbody tr:nth-child(1) button.delete");
        assertThat(spanish.locator("#error"))
                .hasText(
                        "La categoría la usan 1 servicio(s) activo(s); muévalos primero a otra categoría o elimínelos");

        assertTheApiSaysInEnglish(
                tenant,
                "de-DE",
                "DELETE",
                "/service_category/" + tenant.locationA() + "/" + hair,
                null,
                422,
                "The category is used by 1 active service(s); move them to another category or delete them first");
    }

    @Test
    void aRoleGivenToSomeoneMeanwhileIsNotRemovedAndTheRolesPageSaysWhyInGermanAndSpanish() {
        Tenant tenant = fixtures.tenant();
        Api owner = Api.at(port).as(tenant.owner());
        String roles = "/groups/" + tenant.chainId() + "/roles";
        long desk = owner.post(roles, Map.of("title", "Front desk", "rights", List.of("view_records")))
                .data()
                .get("id")
                .asLong();
        // Both pages offer to remove the role while nobody holds it; then someone is given it.
        Page german = signedIn(tenant, "de-DE");
        german.navigate(url(tenant, "/roles"));
        Page spanish = signedIn(tenant, "es-ES");
        spanish.navigate(url(tenant, "/roles"));
        Api.Response given = owner.put(
                "/company/" + tenant.locationA() + "/users/" + tenant.viewerA().userId(), Map.of("role_id", desk));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);

        german.onceDialog(dialog -> dialog.accept());
        german.click("#role-" + desk + " button.delete-role");
        assertThat(german.locator("#error"))
                .containsText("Ein Benutzer hat diese Rolle; geben Sie ihnen zuerst eine andere Rolle");
        spanish.onceDialog(dialog -> dialog.accept());
        spanish.click("#role-" + desk + " button.delete-role");
        assertThat(spanish.locator("#error")).containsText("Un usuario tiene este rol; deles primero otro rol");

        assertTheApiSaysInEnglish(
                tenant,
                "es-ES",
                "DELETE",
                roles + "/" + desk,
                null,
                409,
                "The role is held by 1 user; give them another role first");
    }

    @Test
    void theQueueDeskCallingWithNobodyWaitingSaysSoInGermanAndSpanish() {
        Tenant tenant = fixtures.tenant();
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        booking.openEveryDay(tenant.locationA());
        long anna = booking.member(tenant.locationA(), "Anna");
        booking.service(
                tenant.locationA(),
                "Walk-in cut",
                30,
                Map.of("booking_type", "walk_in_only", "allow_walk_in", true, "allow_customer_booking", false),
                anna);

        Page german = signedIn(tenant, "de-DE");
        german.navigate(url(tenant, "/queue"));
        german.selectOption("#call-member", String.valueOf(anna));
        german.click("#call-next");
        assertThat(german.locator("#error"))
                .hasText("Niemand wartet auf eine Leistung, die dieses Teammitglied erbringt");

        Page spanish = signedIn(tenant, "es-ES");
        spanish.navigate(url(tenant, "/queue"));
        spanish.selectOption("#call-member", String.valueOf(anna));
        spanish.click("#call-next");
        assertThat(spanish.locator("#error")).hasText("Nadie espera un servicio que realice este miembro del equipo");

        assertTheApiSaysInEnglish(
                tenant,
                "de-DE",
                "POST",
                "/locations/" + tenant.locationA() + "/queue/call_next",
                Map.of("team_member_id", anna),
                409,
                "Nobody is waiting for a service this team member performs");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInTheImportPagesLanguage() {
        Tenant tenant = fixtures.tenant();
        FilePayload text = new FilePayload(
                "clients.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "date;phone\n04.01.2030 10:00;37493350369\n".getBytes(StandardCharsets.UTF_8));

        assertThat(uploaded(tenant, "de-DE", text).locator(".error"))
                .hasText("Nur Excel-Dateien im Format .xlsx lassen sich importieren.");
        assertThat(uploaded(tenant, "es-ES", text).locator(".error"))
                .hasText("Solo se pueden importar archivos de Excel .xlsx.");
        assertThat(uploaded(tenant, "en-US", text).locator(".error"))
                .hasText("Only Excel .xlsx files can be imported.");
    }

    @Test
    void aResourceInstanceDeletedMeanwhileIsNotFoundInGermanAndSpanishAndInEnglishOnTheWire() {
        Tenant tenant = fixtures.tenant();
        Api admin = Api.at(port).as(tenant.owner());
        String resources = "/locations/" + tenant.locationA() + "/resources";
        long room =
                admin.post(resources, Map.of("title", "Room")).data().get("id").asLong();
        String instances = resources + "/" + room + "/instances";
        long second = admin.post(instances, Map.of("title", "Room 2"))
                .data()
                .get("instances")
                .get(1)
                .get("id")
                .asLong();

        Page german = signedIn(tenant, "de-DE");
        german.navigate(url(tenant, "/resources"));
        Page spanish = signedIn(tenant, "es-ES");
        spanish.navigate(url(tenant, "/resources"));
        assertThat(admin.delete(instances + "/" + second).status()).isEqualTo(204);

        german.onceDialog(dialog -> dialog.accept());
        german.click("#instance-" + second + " button.delete-instance");
        assertThat(german.locator("#error")).hasText("Nicht gefunden.");
        spanish.onceDialog(dialog -> dialog.accept());
        spanish.click("#instance-" + second + " button.delete-instance");
        assertThat(spanish.locator("#error")).hasText("No encontrado.");

        assertTheApiSaysInEnglish(
                tenant, "de-DE", "DELETE", instances + "/" + second, null, 404, "Resource instance not found");
    }

    /** The API answers the same refusal, asked in {@code locale}, with its English {@code meta.message}. */
    private void assertTheApiSaysInEnglish(
            Tenant tenant, String locale, String method, String path, Object body, int status, String english) {
        Api.Response api =
                Api.at(port).as(tenant.owner()).sendWithHeader(method, path, body, "Accept-Language", locale);
        assertThat(api.status()).as(api.toString()).isEqualTo(status);
        assertThat(api.meta().get("message").asString()).isEqualTo(english);
    }

    private Page uploaded(Tenant tenant, String locale, FilePayload file) {
        Page page = signedIn(tenant, locale);
        page.navigate(url(tenant, "/imports"));
        page.setInputFiles("input[type=file]", file);
        page.click("#upload");
        return page;
    }

    private Page signedIn(Tenant tenant, String locale) {
        return browser.signedIn(port, tenant.owner().login(), tenant.owner().password(), locale);
    }

    private String url(Tenant tenant, String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }
}
