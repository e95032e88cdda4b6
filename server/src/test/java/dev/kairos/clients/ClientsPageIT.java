package dev.kairos.clients;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.kairos.auth.Right;
import dev.kairos.support.Api;
import dev.kairos.support.PageTest;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clients pages in a real browser: found by an accent-free name and a differently written
 * phone, edited (a refused value keeps what was typed), tagged, shown with appointments and, for
 * those who see finances, payments; duplicates by phone merged; nothing to change for a viewer,
 * and the server refusing it anyway.
 */
class ClientsPageIT extends PageTest {

    private static final Instant MONDAY = Instant.parse("2030-03-04T09:00:00Z");

    @Test
    void theFrontDeskFindsEditsAndTagsAClientAndSeesHerHistory() {
        Tenant tenant = fixtures.tenant();
        Salon salon = new Salon(fixtures.db(), tenant.locationA());
        long ida = salon.client("Ida", "Müller", "+491701234567");
        salon.client("Bob", "Smith", "+491709876543");
        long member = salon.member("Anna");
        long appointment = salon.appointment(member, ida, MONDAY, salon.service("Haircut", "30"), "30", "");
        Api owner = Api.at(port).as(tenant.owner());
        Api.Response paid = owner.post(
                "/locations/" + tenant.locationA() + "/appointments/" + appointment + "/payments",
                Map.of("account_id", salon.register("Till"), "amount", 30));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        long vip = owner.post("/locations/" + tenant.locationA() + "/client_tags", Map.of("title", "VIP"))
                .data()
                .get("id")
                .asLong();

        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/appointments"));
        page.click("nav.nav a:text('Clients')");
        page.waitForURL("**/clients");
        assertThat(page.locator("#clients tbody tr")).hasCount(2);
        assertThat(page.locator("#clients")).not().containsText("Carla");

        page.click("#new-client summary");
        page.fill("#new-client-form #client-name", "Carla");
        page.fill("#new-client-form #client-phone", "555");
        page.click("#new-client-form button.add");
        assertThat(page.locator("#client-phone-error")).hasText("is not a valid phone number");
        assertThat(page.locator("#new-client-form #client-name")).hasValue("Carla");
        page.fill("#new-client-form #client-phone", "+49 171 2223334");
        page.click("#new-client-form button.add");
        assertThat(page.locator("#notice")).hasText("Client created.");
        assertThat(page.locator("#client-title")).hasText("Carla");
        page.click("text=← All clients");
        assertThat(page.locator("#clients tbody tr")).hasCount(3);

        page.fill("#client-q", "muller");
        page.click("#client-search button");
        assertThat(page.locator("#clients tbody tr")).hasCount(1);
        assertThat(page.locator("#client-" + ida)).containsText("Ida Müller");

        page.fill("#client-q", "0170 123 45-67");
        page.click("#client-search button");
        assertThat(page.locator("#clients tbody tr")).hasCount(1);
        assertThat(page.locator("#client-" + ida)).isVisible();

        page.click("#client-" + ida + " a.open");
        assertThat(page.locator("#client-title")).hasText("Ida Müller");
        page.fill("#client-surname", "Müller-Lang");
        page.fill("#client-phone", "12345");
        page.click("#client-form button.save");
        assertThat(page.locator("#client-phone-error")).hasText("is not a valid phone number");
        assertThat(page.locator("#client-phone")).hasValue("12345");
        assertThat(page.locator("#client-surname")).hasValue("Müller-Lang");
        assertThat(surname(ida)).as("nothing saved").isEqualTo("Müller");

        page.fill("#client-phone", "0170 1234567");
        page.click("#client-form button.save");
        assertThat(page.locator("#notice")).hasText("Saved.");
        assertThat(surname(ida)).isEqualTo("Müller-Lang");

        page.check("#tags-form input[value='" + vip + "']");
        page.click("#tags-form button.save-tags");
        assertThat(page.locator("#notice")).hasText("Tags saved.");
        assertThat(page.locator("#tags-form input[value='" + vip + "']")).isChecked();
        assertThat(fixtures.count("client_category_links where client_id = " + ida))
                .isEqualTo(1);

        assertThat(page.locator("#appointment-" + appointment + " .services")).hasText("Haircut");
        assertThat(page.locator("#appointment-" + appointment + " .member")).hasText("Anna");
        assertThat(page.locator("#appointment-" + appointment + " .status")).hasText("Pending");
        assertThat(page.locator("#appointment-" + appointment + " .when")).containsText("10:00");
        assertThat(page.locator("#appointment-" + appointment + " a.open-calendar"))
                .hasAttribute(
                        "href",
                        "/admin/locations/" + tenant.locationA() + "/calendar?date=2030-03-04&open=" + appointment);
        assertThat(page.locator("#payments tbody tr")).hasCount(1);
        assertThat(page.locator("#payments .amount")).containsText("30");
    }

    @Test
    void duplicatesByPhoneAreMergedAndTheKeptCardShowsAllTheirAppointments() {
        Tenant tenant = fixtures.tenant();
        Salon salon = new Salon(fixtures.db(), tenant.locationA());
        long first = salon.client("Ida", "Müller", "+491701234567");
        long second = salon.client("Ida", "Mueller", "+4901701234567");
        long member = salon.member("Anna");
        long service = salon.service("Haircut", "30");
        long one = salon.appointment(member, first, MONDAY, service, "30", "");
        long two = salon.appointment(member, second, MONDAY.plusSeconds(86_400), service, "30", "");

        Page page =
                browser.signedIn(port, tenant.adminA().login(), tenant.adminA().password());
        page.navigate(url(tenant, "/clients"));
        page.click("#duplicates");
        assertThat(page.locator("form.merge-group")).hasCount(1);
        page.check("#keep-" + second + " input[name=keep]");
        page.onceDialog(dialog -> dialog.accept());
        page.click("form.merge-group button.merge");

        assertThat(page.locator("#notice")).hasText("Merged 1 duplicate(s) into this client.");
        assertThat(page).hasURL(url(tenant, "/clients/" + second));
        assertThat(page.locator("#appointment-" + one)).isVisible();
        assertThat(page.locator("#appointment-" + two)).isVisible();
        assertThat(fixtures.count("clients where deleted and merged_into = " + second))
                .isEqualTo(1);
        page.navigate(url(tenant, "/clients/duplicates"));
        assertThat(page.locator("form.merge-group")).hasCount(0);
    }

    @Test
    void withoutTheRightToManageClientsNothingCanBeChangedAndNoPaymentsWithoutFinances() {
        Tenant tenant = fixtures.tenant();
        Salon salon = new Salon(fixtures.db(), tenant.locationA());
        long ida = salon.client("Ida", "Müller", "+491701234567");
        long appointment =
                salon.appointment(salon.member("Anna"), ida, MONDAY, salon.service("Haircut", "30"), "30", "");
        Tenant.Login reader = fixtures.user(tenant, tenant.locationA(), Right.VIEW_CLIENTS, Right.VIEW_RECORDS);

        Page page = browser.signedIn(port, reader.login(), reader.password());
        page.navigate(url(tenant, "/clients/" + ida));
        assertThat(page.locator("#appointment-" + appointment)).isVisible();
        assertThat(page.locator("#client-history")).not().containsText("Payments");
        assertThat(page.locator("#client-form button.save")).hasCount(0);
        assertThat(page.locator("#client-name")).isDisabled();
        assertThat(page.locator("#delete-client")).hasCount(0);
        page.navigate(url(tenant, "/clients"));
        assertThat(page.locator("#duplicates")).hasCount(0);
        assertThat(page.locator("#new-client")).hasCount(0);

        page.navigate(url(tenant, "/clients/" + ida));
        Response refused = page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.evaluate("""
                        () => {
                          const form = document.querySelector('#client-form');
                          form.querySelectorAll('[disabled]').forEach(field => field.disabled = false);
                          form.querySelector('#client-name').value = 'Changed';
                          form.submit();
                        }"""));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(fixtures.db()
                        .sql("select name from clients where id = :id")
                        .param("id", ida)
                        .query(String.class)
                        .single())
                .isEqualTo("Ida");
        Page another = page.context().newPage();
        assertThat(another.navigate(url(tenant, "/clients/duplicates")).status())
                .isEqualTo(403);
    }

    private String surname(long client) {
        return fixtures.db()
                .sql("select surname from clients where id = :id")
                .param("id", client)
                .query(String.class)
                .single();
    }

    private String url(Tenant tenant, String path) {
        return "http://127.0.0.1:" + port + "/admin/locations/" + tenant.locationA() + path;
    }
}
