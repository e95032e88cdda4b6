package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import dev.kairos.booking.BookingFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of the admin and the public booking page, checked in a real Chromium by Deque's axe-core
 * against WCAG 2.1 A and AA: contrast, names of controls, labels, landmarks, ARIA use. A page fails
 * with each rule it breaks and the elements that break it.
 */
class AccessibilityIT extends PageIT {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Desk desk;
    private Page admin;
    private LocalDate day;
    private long appointment;
    private long member;
    private long client;

    @BeforeAll
    void aLocationWithAFrontDesk() {
        desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        long boris = desk.booking.member(desk.location, "Boris");
        long haircut = desk.booking.service(desk.location, "Haircut", 45, anna, boris);
        day = BookingFixtures.nextTuesday();
        appointment = desk.book(anna, day.atTime(10, 0), "Ida Meyer", "+49 1512 3456701", haircut);
        member = anna;
        client = fixtures.db()
                .sql("select client_id from appointments where id = :id")
                .param("id", appointment)
                .query(Long.class)
                .single();
        desk.book(boris, day.atTime(11, 0), "Max Power", "+49 1512 3456702", haircut);
        admin = browser.signedIn(
                port, desk.tenant.adminA().login(), desk.tenant.adminA().password());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/appointments",
                "/appointments?start_date=2026-13-01",
                "/calendar?date={day}",
                "/calendar?date={day}&open={appointment}",
                "/activity",
                "/labels",
                "/users",
                "/roles",
                "/tokens",
                "/notifications",
                "/webhooks",
                "/questionnaires",
                "/exports",
                "/imports",
                "/queue",
                "/waitlist",
                "/walk-ins",
                "/clients",
                "/clients/{client}",
                "/clients/duplicates",
                "/settings",
                "/team",
                "/team/{member}",
                "/team/{member}/services",
                "/assignments",
                "/services",
                "/services/new",
                "/resources",
                "/events",
            })
    void adminPagesMeetWcagAa(String path) {
        admin.navigate(desk.url(path.replace("{day}", day.toString())
                .replace("{appointment}", String.valueOf(appointment))
                .replace("{member}", String.valueOf(member))
                .replace("{client}", String.valueOf(client))));
        if (path.contains("open=")) {
            admin.waitForSelector("#panel .appointment");
        }
        assertAccessible(admin, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/locations/new", "/admin/locations/0/nowhere"})
    void pagesAroundTheAdminMeetWcagAa(String path) {
        admin.navigate(base() + path);
        assertAccessible(admin, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/book/{location}", "/book/{location}/queue", "/book/{location}/waitlist"})
    void publicPagesMeetWcagAa(String path) {
        Page page = browser.page();
        try {
            page.navigate(base() + path.replace("{location}", String.valueOf(desk.location)));
            assertAccessible(page, path);
        } finally {
            page.context().close();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static void assertAccessible(Page page, String path) {
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG_AA).analyze().getViolations();
        assertThat(violations)
                .as(() -> path + " breaks:\n" + describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .limit(5)
                                .map(node -> "    " + node.getTarget() + "  "
                                        + node.getFailureSummary().replace('\n', ' '))
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
