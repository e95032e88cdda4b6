package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kairos.support.Salon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overview › Appointments as a front desk finds things on it: today first, a client by full name,
 * a refused filter beside its field, numbered pages, the team-member filter, labels and comments,
 * and a tablet's width.
 */
class OverviewSearchPageIT extends PageIT {

    private record Day(Desk desk, Salon salon, ZoneId zone, LocalDate today, long anna, long boris, long cut) {

        Instant at(LocalDate date, int hour) {
            return date.atTime(hour, 0).atZone(zone).toInstant();
        }
    }

    private Day day() {
        Desk desk = desk();
        Salon salon = new Salon(fixtures.db(), desk.location);
        ZoneId zone = ZoneId.of(fixtures.db()
                .sql("select time_zone from locations where id = :l")
                .param("l", desk.location)
                .query(String.class)
                .single());
        return new Day(
                desk,
                salon,
                zone,
                LocalDate.now(zone),
                salon.member("Anna"),
                salon.member("Boris"),
                salon.service("Haircut", "30.00"));
    }

    private Page signedIn(Day d) {
        return browser.signedIn(
                port, d.desk.tenant.adminA().login(), d.desk.tenant.adminA().password());
    }

    @Test
    void opensOnTodayAndFindsAClientByFullNameWithLabelAndComment() {
        Day d = day();
        long ida = d.salon.client("Ida", "Meyer", "+4915112345678");
        long jurgen = d.salon.client("Jürgen", "Müller", "+4917099887766");
        long yesterday = d.salon.appointment(d.anna, ida, d.at(d.today.minusDays(1), 23), d.cut, "30.00", "");
        long idaSoon = d.salon.appointment(d.anna, ida, d.at(d.today.plusDays(2), 10), d.cut, "30.00", "Bring photos");
        long jurgenSoon = d.salon.appointment(d.boris, jurgen, d.at(d.today.plusDays(2), 10), d.cut, "30.00", "");
        long vip = fixtures.db()
                .sql(
                        "insert into appointment_categories (location_id, title, color) values (:l, 'VIP', '#aa0000') returning id")
                .param("l", d.desk.location)
                .query(Long.class)
                .single();
        fixtures.db()
                .sql("insert into appointment_labels (appointment_id, category_id) values (:a, :c)")
                .param("a", idaSoon)
                .param("c", vip)
                .update();

        Page page = signedIn(d);
        page.click("ul.locations a");
        page.waitForURL("**/appointments?deleted=all&start_date=" + d.today);
        assertThat(Desk.rows(page)).contains(idaSoon, jurgenSoon).doesNotContain(yesterday);
        assertThat(page.inputValue("input[name=start_date]")).isEqualTo(d.today.toString());

        page.fill("input[name=client_query]", "Ida Meyer");
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(Desk.rows(page)).containsExactly(idaSoon);
        page.fill("input[name=client_query]", "muller");
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(Desk.rows(page)).containsExactly(jurgenSoon);
        page.fill("input[name=client_query]", "0151 1234-5678");
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(Desk.rows(page)).containsExactly(idaSoon);

        assertThat(page.textContent("tr[data-id='" + idaSoon + "'] .label")).isEqualTo("VIP");
        assertThat(page.textContent("tr[data-id='" + idaSoon + "'] .comment")).isEqualTo("Bring photos");
        page.click("tr[data-id='" + idaSoon + "'] .info-button");
        page.waitForSelector("#info .panel");
        assertThat(page.textContent("#info .labels")).contains("VIP");
        assertThat(page.textContent("#info .comment")).isEqualTo("Bring photos");
    }

    @Test
    void aRefusedFilterIsNamedBesideItsFieldAndTheOtherFiltersStay() {
        Day d = day();
        long ida = d.salon.client("Ida", "Meyer", "+4915112345678");
        LocalDate from = d.today.plusDays(3);
        long annas = d.salon.appointment(d.anna, ida, d.at(from, 9), d.cut, "30.00", "");
        long boriss = d.salon.appointment(d.boris, ida, d.at(from, 9), d.cut, "30.00", "");
        long earlier = d.salon.appointment(d.anna, ida, d.at(from.minusDays(1), 9), d.cut, "30.00", "");

        Page page = signedIn(d);
        page.navigate(d.desk.url("/appointments?deleted=all&start_date=" + from + "&end_date=" + from.minusDays(2)
                + "&staff_id=" + d.anna));
        assertThat(page.textContent(".field-error[data-field=end_date]")).contains("before the start date");
        assertThat(page.getAttribute("input[name=end_date]", "aria-invalid")).isEqualTo("true");
        assertThat(page.inputValue("input[name=start_date]")).isEqualTo(from.toString());
        assertThat(page.isChecked("#team-filter input[value='" + d.anna + "']")).isTrue();
        assertThat(Desk.rows(page)).containsExactly(annas).doesNotContain(boriss, earlier);

        // In the user's language, and an unreadable date is set aside like any other field.
        page.click("header.bar .languages a[lang=de]");
        page.waitForSelector("html[lang=de]");
        page.navigate(
                d.desk.url("/appointments?deleted=all&start_date=31.13.2026&end_date=" + from + "&staff_id=" + d.anna));
        assertThat(page.textContent(".field-error[data-field=start_date]")).contains("kein Datum");
        assertThat(page.isChecked("#team-filter input[value='" + d.anna + "']")).isTrue();
        assertThat(Desk.rows(page)).contains(annas, earlier).doesNotContain(boriss);
        page.navigate(d.desk.url("/appointments?start_date=" + from + "&end_date=" + from.minusDays(2)));
        assertThat(page.textContent(".field-error[data-field=end_date]")).contains("vor dem Anfangsdatum");
        page.click("header.bar .languages a[lang=en]");
        page.waitForSelector("html[lang=en]");
    }

    @Test
    void pagesAreNumberedAndTheCurrentOneIsMarked() {
        Day d = day();
        long ida = d.salon.client("Ida", "Meyer", "+4915112345678");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(d.salon.appointment(d.anna, ida, d.at(d.today.plusDays(1), 8 + i), d.cut, "30.00", ""));
        }
        Page page = signedIn(d);
        page.navigate(d.desk.url("/appointments?deleted=all&start_date=" + d.today + "&count=2"));
        assertThat(page.locator("nav.pages a:not([rel])").allTextContents()).containsExactly("1", "2", "3", "4");
        assertThat(page.textContent("nav.pages a[aria-current=page]")).isEqualTo("1");
        Desk.navigates(page, () -> page.click("nav.pages a:text-is('3')"));
        assertThat(page.textContent("nav.pages a[aria-current=page]")).isEqualTo("3");
        assertThat(Desk.rows(page)).containsExactlyInAnyOrder(ids.get(4), ids.get(5));
    }

    @Test
    void theTeamFilterIsASearchableListOfCheckboxes() {
        Day d = day();
        long ida = d.salon.client("Ida", "Meyer", "+4915112345678");
        long annas = d.salon.appointment(d.anna, ida, d.at(d.today.plusDays(1), 9), d.cut, "30.00", "");
        long boriss = d.salon.appointment(d.boris, ida, d.at(d.today.plusDays(1), 9), d.cut, "30.00", "");
        Page page = signedIn(d);
        page.navigate(d.desk.url("/appointments"));
        page.fill("#team-filter .multi-filter", "bor");
        assertThat(page.isVisible("#team-filter label:has(input[value='" + d.anna + "'])"))
                .isFalse();
        page.focus("#team-filter .multi-filter");
        page.keyboard().press("Enter");
        assertThat(page.isChecked("#team-filter input[value='" + d.boris + "']"))
                .isTrue();
        Desk.navigates(page, () -> page.click("button.show"));
        assertThat(Desk.rows(page)).containsExactly(boriss).doesNotContain(annas);
    }

    @Test
    void atTabletWidthNothingScrollsSideways() {
        Day d = day();
        long ida = d.salon.client("Ida Maria Magdalena", "Meyer-Lüdenscheidt", "+4915112345678");
        d.salon.appointment(
                d.anna, ida, d.at(d.today.plusDays(1), 9), d.cut, "30.00", "A long comment that wraps onto lines");
        Page page = signedIn(d);
        page.setViewportSize(768, 1024);
        page.navigate(d.desk.url("/appointments"));
        assertThat((Boolean)
                        page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(
                        "scrollWidth %s, clientWidth %s",
                        page.evaluate("document.documentElement.scrollWidth"),
                        page.evaluate("document.documentElement.clientWidth"))
                .isTrue();
    }
}
