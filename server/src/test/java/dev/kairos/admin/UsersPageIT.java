package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Users, roles and partner tokens in a real browser: the owner invites a receptionist, she sets her
 * password, works at her location only and without the rights she lacks, until the owner grants
 * them; deactivation signs her out; tokens are issued and revoked.
 */
class UsersPageIT extends PageIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+/invitation/[0-9a-f]{64}");

    @Autowired
    JavaMailSenderImpl mailSender;

    GreenMail mail;

    @BeforeAll
    void startMail() {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        mailSender.setPort(mail.getSmtp().getPort());
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    @Test
    void anInvitedReceptionistWorksWithTheRightsHerRoleGivesAndNoMore() {
        Desk desk = desk();
        long anna = desk.booking.member(desk.location, "Anna");
        LocalDate day = BookingFixtures.nextTuesday();
        long paid = desk.book(anna, day.atTime(10, 0), "Ben", "+49 1512 3456744");
        desk.pay(paid, 10);
        String email = "rita-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        Page owner = browser.signedIn(
                port, desk.tenant.owner().login(), desk.tenant.owner().password());
        owner.navigate(desk.url("/roles"));
        owner.fill("#new-role-title", "Receptionist");
        owner.check("#new-role-view_records");
        owner.check("#new-role-edit_records");
        owner.check("#new-role-delete_records");
        Desk.navigates(owner, () -> owner.click("#create-role"));
        assertThat(owner.textContent("#notice")).contains("Created the role Receptionist");

        owner.navigate(desk.url("/users"));
        owner.fill("#invite-name", "Rita");
        owner.fill("#invite-email", "rita@localhost");
        owner.selectOption(
                "#invite-role", new com.microsoft.playwright.options.SelectOption().setLabel("Receptionist"));
        Desk.navigates(owner, () -> owner.click("#invite"));
        assertThat(owner.textContent("#error")).contains("Email: must be an email address");
        assertThat(owner.inputValue("#invite-name")).isEqualTo("Rita");
        assertThat(owner.inputValue("#invite-email")).isEqualTo("rita@localhost");

        int before = mail.getReceivedMessages().length;
        owner.fill("#invite-email", email);
        Desk.navigates(owner, () -> owner.click("#invite"));
        assertThat(owner.textContent("#notice")).contains("Invitation sent to " + email);
        assertThat(mail.waitForIncomingEmail(15_000, before + 1)).isTrue();
        Matcher link = LINK.matcher(
                GreenMailUtil.getBody(mail.getReceivedMessages()[before]).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();

        Page rita = browser.page();
        rita.navigate(link.group());
        rita.fill("#password", "rita's own secret");
        rita.fill("#repeat", "rita's own secret");
        Desk.navigates(rita, () -> rita.click("#set-password"));
        assertThat(rita.isVisible("#password-set")).isTrue();
        assertThat(rita.navigate(link.group()).status())
                .as("the link works once")
                .isEqualTo(404);
        rita.navigate("http://127.0.0.1:" + port + "/login");
        rita.fill("input[name=username]", email);
        rita.fill("input[name=password]", "rita's own secret");
        rita.click("button[type=submit]");
        rita.waitForURL("**/admin");
        assertThat(rita.locator("ul.locations li").count()).isEqualTo(1);
        assertThat(rita.textContent("ul.locations")).contains("Salon A");
        assertThat(rita.navigate("http://127.0.0.1:" + port + "/admin/locations/" + desk.tenant.locationB()
                                + "/appointments")
                        .status())
                .isEqualTo(403);

        String overview = desk.url("/appointments?start_date=" + day + "&end_date=" + day);
        rita.navigate(overview);
        assertThat(Desk.rows(rita)).containsExactly(paid);
        assertThat(rita.locator("tr[data-id='" + paid + "'] input[name=ids]").count())
                .isZero();
        assertThat(rita.locator("a[href$='/imports']").count()).isZero();
        assertThat(rita.locator("a[href*='/users']").count()).isZero();
        assertThat(rita.navigate(desk.url("/imports")).status()).isEqualTo(403);
        assertThat(rita.navigate(desk.url("/users")).status()).isEqualTo(403);
        rita.navigate(overview);
        String csrf = rita.getAttribute("meta[name=_csrf]", "content");
        rita.request()
                .post(
                        desk.url("/appointments/delete"),
                        RequestOptions.create()
                                .setForm(FormData.create().set("_csrf", csrf).set("ids", String.valueOf(paid))));
        assertThat(desk.status(paid))
                .as("the server refuses what the page does not offer")
                .isEqualTo("confirmed");

        owner.navigate(desk.url("/roles"));
        long role = desk.fixtures
                .db()
                .sql("select id from roles where chain_id = :c and title = 'Receptionist'")
                .param("c", desk.tenant.chainId())
                .query(Long.class)
                .single();
        owner.check("#role-" + role + "-delete_paid_records");
        owner.check("#role-" + role + "-import");
        Desk.navigates(owner, () -> owner.click("#role-" + role + " .save-role"));
        assertThat(owner.textContent("#notice")).contains("Saved the role Receptionist");

        rita.navigate(overview);
        assertThat(rita.locator("a[href$='/imports']").count()).isPositive();
        assertThat(rita.navigate(desk.url("/imports")).status()).isEqualTo(200);
        rita.navigate(overview);
        rita.check("tr[data-id='" + paid + "'] input[name=ids]");
        rita.onDialog(dialog -> dialog.accept());
        Desk.navigates(rita, () -> rita.click("#delete-selected"));
        assertThat(desk.status(paid)).isEqualTo("cancelled");

        owner.navigate(desk.url("/users"));
        long ritaId = desk.fixtures
                .db()
                .sql("select id from users where login = :l")
                .param("l", email)
                .query(Long.class)
                .single();
        owner.onDialog(dialog -> dialog.accept());
        Desk.navigates(owner, () -> owner.click("#user-" + ritaId + " button.deactivate"));
        assertThat(owner.textContent("#user-" + ritaId + " .state")).isEqualTo("Deactivated");
        rita.navigate(overview);
        assertThat(rita.url()).contains("/login?deactivated");
    }

    @Test
    void withoutMailTheInviterIsShownTheLinkAndMaySendANewOne() {
        Desk desk = desk();
        String email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Page owner = browser.signedIn(
                port, desk.tenant.owner().login(), desk.tenant.owner().password());
        int working = mailSender.getPort();
        mailSender.setPort(1);
        try {
            owner.navigate(desk.url("/users"));
            owner.fill("#invite-name", "Sam");
            owner.fill("#invite-email", email);
            owner.selectOption("#invite-role", new com.microsoft.playwright.options.SelectOption().setLabel("Viewer"));
            Desk.navigates(owner, () -> owner.click("#invite"));
            assertThat(owner.textContent("#notice")).contains("could not be emailed");
            String first = owner.textContent("#invitation-url").strip();
            assertThat(first).matches(LINK.pattern());

            Desk.navigates(owner, () -> owner.click("tr:has-text('" + email + "') button.reinvite"));
            String second = owner.textContent("#invitation-url").strip();
            assertThat(second).matches(LINK.pattern()).isNotEqualTo(first);
            Page sam = browser.page();
            assertThat(sam.navigate(first).status())
                    .as("the earlier link is closed")
                    .isEqualTo(404);
            assertThat(sam.navigate(second).status()).isEqualTo(200);
        } finally {
            mailSender.setPort(working);
        }
    }

    @Test
    void partnerTokensAreIssuedOnceAndRevokedFromThePage() {
        Desk desk = desk();
        Page owner = browser.signedIn(
                port, desk.tenant.owner().login(), desk.tenant.owner().password());
        owner.navigate(desk.url("/tokens"));
        owner.fill("#token-title", "   ");
        Desk.navigates(owner, () -> owner.click("#issue"));
        assertThat(owner.textContent("#error")).contains("Title: is required");

        owner.fill("#token-title", "Booking widget");
        Desk.navigates(owner, () -> owner.click("#issue"));
        String token = owner.textContent("#issued-token").strip();
        Api widget = Api.at(port).withAuthorization("Bearer " + token);
        assertThat(widget.get("/book_services/" + desk.location).status()).isEqualTo(200);

        owner.navigate(desk.url("/tokens"));
        assertThat(owner.isVisible("#issued-token")).as("shown only once").isFalse();
        owner.onDialog(dialog -> dialog.accept());
        Desk.navigates(owner, () -> owner.click("tr:has-text('Booking widget') button.revoke"));
        assertThat(owner.textContent("#notice")).contains("Revoked");
        assertThat(widget.get("/book_services/" + desk.location).status()).isEqualTo(401);
    }
}
