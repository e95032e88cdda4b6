package dev.kairos.notifications;

import dev.kairos.refusal.Refused;
import dev.kairos.web.RefusalResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on the notification settings pages (403, 404) is a page a person can read, not the API's envelope. */
@ControllerAdvice(assignableTypes = {SettingsPage.class, TemplatePage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingsPageErrors {

    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused e) {
        HttpStatus status = RefusalResponses.status(e.refusal().code());
        ModelAndView page = new ModelAndView("admin/error");
        page.addObject("status", status.value());
        page.addObject(
                "message",
                status.value() == 403
                        ? "You have no access to this page. Ask the owner for the right to manage settings here."
                        : e.getMessage());
        page.setStatus(status);
        return page;
    }
}
