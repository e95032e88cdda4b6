package dev.kairos.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.support.Api;
import dev.kairos.support.PageTest;
import dev.kairos.support.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A refused form says what is wrong in the person's language: the business rules refuse with
 * faults, the pages take their words from the bundles, and the API keeps writing the English.
 */
class FaultWordsPageIT extends PageTest {

    @Test
    void aGermanFrontDeskReadsWhyAClientIsRefusedInGerman() {
        Tenant tenant = fixtures.tenant();
        Page page = signedIn(tenant, "de-DE");
        page.navigate(url(tenant, "/clients"));

        page.click("#new-client summary");
        page.fill("#new-client-form #client-name", "Carla");
        page.fill("#new-client-form #client-phone", "555");
        page.click("#new-client-form button.add");

        assertThat(page.locator("#client-phone-error")).hasText("ist keine gültige Telefonnummer");
        assertThat(page.locator("#new-client-form #client-name")).hasValue("Carla");
        assertTheApiSaysInEnglish(
                tenant,
                "de-DE",
                "/clients/" + tenant.locationA(),
                Map.of("name", "Carla", "phone", "555"),
                "phone",
                "is not a valid phone number");
    }

    @Test
    void aServiceWithoutTitleAndWithBrokenRulesIsRefusedInGerman() {
        Tenant tenant = fixtures.tenant();
        Page page = signedIn(tenant, "de-DE");
        page.navigate(url(tenant, "/services/new"));
        page.evalOnSelector("#f-title", "e => e.removeAttribute('required')");

        page.fill("#f-title", "");
        page.fill("#f-duration", "20");
        page.fill("#f-price_min", "billig");
        page.selectOption("#f-booking_type", "walk_in_only");
        page.uncheck("#f-allow_walk_in");
        page.click("#save-service");

        assertThat(page.locator("#f-title-error")).hasText("ist ein Pflichtfeld");
        assertThat(page.locator("#f-price_min-error")).hasText("muss eine Zahl sein");
        assertThat(page.locator("#f-allow_walk_in-error"))
                .hasText("eine Leistung nur ohne Termin muss Laufkundschaft zulassen");
        assertThat(page.locator("#f-duration")).hasValue("20");
    }

    @Test
    void theSettingsAndTeamFormsSayWhatIsMissingInGermanAndSpanish() {
        Tenant tenant = fixtures.tenant();
        Page german = signedIn(tenant, "de-DE");
        german.navigate(url(tenant, "/settings"));
        german.evalOnSelector("#title", "e => e.removeAttribute('required')");
        german.fill("#title", "");
        german.fill("#slot_step_minutes", "2");
        german.fill("#min_lead_minutes", "viel");
        german.click("#save-details");
        assertThat(german.locator("#min_lead_minutes-error")).hasText("muss eine ganze Zahl sein");
        german.fill("#min_lead_minutes", "0");
        german.evalOnSelector("#title", "e => e.removeAttribute('required')");
        german.click("#save-details");
        assertThat(german.locator("#title-error")).hasText("ist ein Pflichtfeld");
        assertThat(german.locator("#slot_step_minutes-error")).hasText("muss zwischen 5 und 240 liegen");
        german.fill("#hours-day2", "12:00-09:00");
        german.click("#save-hours");
        assertThat(german.locator("main")).containsText("ein Zeitfenster muss vor seinem Ende beginnen: 12:00 - 09:00");

        Page spanish = signedIn(tenant, "es-ES");
        spanish.navigate(url(tenant, "/team"));
        spanish.evalOnSelector("#new-name", "e => e.removeAttribute('required')");
        spanish.fill("#new-name", "");
        spanish.click("#add-member");

        assertThat(spanish.locator("#new-name-error")).hasText("es obligatorio");
        assertTheApiSaysInEnglish(
                tenant, "es-ES", "/staff/" + tenant.locationA(), Map.of("name", ""), "name", "is required");
    }

    @Test
    void aGroupEventInThePastWithoutServiceOrSeatsIsRefusedInGerman() {
        Tenant tenant = fixtures.tenant();
        Page page = signedIn(tenant, "de-DE");
        page.navigate(url(tenant, "/events"));
        page.evalOnSelector("#new", "f => f.noValidate = true");

        page.fill("#new-date", java.time.LocalDate.now().minusDays(2).toString());
        page.fill("#new-time", "10:00");
        page.fill("#new-capacity", "0");
        page.click("#new button.save");

        assertThat(page.locator("#new-date-error")).hasText("muss in der Zukunft liegen");
        assertThat(page.locator("#new-service-error")).hasText("ist ein Pflichtfeld");
        assertThat(page.locator("#new-capacity-error")).hasText("muss zwischen 1 und 10.000 liegen");
        assertTheApiSaysInEnglish(
                tenant,
                "de-DE",
                "/activity/" + tenant.locationA(),
                Map.of("date", "2001-01-01 10:00:00", "capacity", 0),
                "capacity",
                "must be between 1 and 10000");
    }

    @Test
    void aRefusedInvitationAndRoleNameTheirFieldsInGerman() {
        Tenant tenant = fixtures.tenant();
        Page page = signedIn(tenant, "de-DE");
        page.navigate(url(tenant, "/users"));
        page.evalOnSelector("#invite-form", "f => f.noValidate = true");
        page.fill("#invite-name", "Rita");
        page.fill("#invite-email", "rita@localhost");
        page.click("#invite");

        assertThat(page.locator("#error")).containsText("E-Mail: ist keine E-Mail-Adresse");
        assertThat(page.locator("#error")).containsText("Rolle: ist ein Pflichtfeld");
        assertThat(page.locator("#invite-name")).hasValue("Rita");

        page.navigate(url(tenant, "/roles"));
        page.evalOnSelector("#new-role-title", "e => e.removeAttribute('required')");
        page.fill("#new-role-title", "");
        page.click("#create-role");
        assertThat(page.locator("#error")).containsText("Titel: ist ein Pflichtfeld mit höchstens 100 Zeichen");
    }

    @Test
    void theUsersRolesAndTokensPagesAreInGermanAndTheInvitationInSpanish() {
        Tenant tenant = fixtures.tenant();
        Page page = signedIn(tenant, "de-DE");
        page.navigate(url(tenant, "/users"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("h1")).containsText("Benutzer");
        assertThat(page.locator("#tab-roles")).hasText("Rollen");
        assertThat(page.locator("#users thead")).containsText("Status");
        assertThat(page.locator("#users tbody")).containsText("Inhaber");
        assertThat(page.locator("#users tbody")).containsText("Aktiv");
        assertThat(page.locator("main h2")).hasText("Jemanden einladen");
        assertThat(page.locator("#invite")).hasText("Einladen");

        page.navigate(url(tenant, "/roles"));
        assertThat(page.locator("h1")).containsText("Rollen der ganzen Kette");
        assertThat(page.locator("#new-role")).containsText("Termine ansehen");
        page.fill("#new-role-title", "Empfang");
        page.check("#new-role-view_records");
        page.click("#create-role");
        assertThat(page.locator("#notice")).hasText("Rolle Empfang angelegt.");
        assertThat(page.locator("section.role:has(input[value='Empfang']) legend")
                        .first())
                .containsText("(0 Benutzer)");

        page.navigate(url(tenant, "/tokens"));
        assertThat(page.locator("#issue")).hasText("Token ausstellen");

        Page spanish = signedIn(tenant, "es-ES");
        spanish.navigate(url(tenant, "/users"));
        assertThat(spanish.locator("#tab-tokens")).hasText("Tokens de socios");
        spanish.navigate("http://127.0.0.1:" + port + "/invitation/" + "0".repeat(64));
        assertThat(spanish.locator("#gone")).containsText("Este enlace de invitación ha caducado");
    }

    /** The API refuses the same POST, asked in {@code locale}, with the rule's English in {@code meta.errors}. */
    private void assertTheApiSaysInEnglish(
            Tenant tenant, String locale, String path, Map<String, Object> body, String field, String english) {
        Api.Response api =
                Api.at(port).as(tenant.owner()).sendWithHeader("POST", path, body, "Accept-Language", locale);
        assertThat(api.status()).as(api.toString()).isEqualTo(422);
        assertThat(api.meta().get("errors").get(field).get(0).asString()).isEqualTo(english);
    }

    private Page signedIn(Tenant tenant, String locale) {
        return browser.signedIn(port, tenant.owner().login(), tenant.owner().password(), locale);
    }

    private String url(Tenant tenant, String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }
}
