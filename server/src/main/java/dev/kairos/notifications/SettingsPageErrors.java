package dev.kairos.notifications;

import dev.kairos.refusal.Refused;
import dev.kairos.web.RefusalResponses;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    private final MessageSource messages;

    SettingsPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused e) {
        HttpStatus status = RefusalResponses.status(e.refusal().code());
        ModelAndView page = new ModelAndView("admin/error");
        page.addObject("status", status.value());
        page.addObject(
                "message",
                status.value() == 403
                        ? messages.getMessage("notify.error.no-access", null, LocaleContextHolder.getLocale())
                        : e.refusal().forPeople(messages, LocaleContextHolder.getLocale()));
        page.setStatus(status);
        return page;
    }
}
