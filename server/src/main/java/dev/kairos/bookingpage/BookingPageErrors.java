package dev.kairos.bookingpage;

import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import dev.kairos.web.ApiException;
import dev.kairos.web.RefusalResponses;
import java.time.DateTimeException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals on the booking pages as a friendly page, never the API's JSON envelope and never a 500. */
@ControllerAdvice(basePackageClasses = BookingPageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingPageErrors {

    private final MessageSource messages;

    BookingPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    private String word(String key) {
        return messages.getMessage(key, null, PageContext.language());
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        HttpStatus status = e instanceof ApiException api
                ? api.status()
                : RefusalResponses.status(e.refusal().code());
        boolean missing = status == HttpStatus.NOT_FOUND;
        response.setStatus(missing ? 404 : status.value());
        model.addAttribute("title", word(missing ? "book.error.not-found" : "book.error.not-available"));
        model.addAttribute(
                "message",
                missing
                        ? word("book.error.not-found.text")
                        : e.refusal().code() == RefusalCode.NOT_BOOKABLE
                                ? word("book.error.not-online")
                                : e.refusal().messageIn(messages, PageContext.language()) + ".");
        return "book/error";
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class,
        DateTimeException.class
    })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badLink(Model model) {
        model.addAttribute("title", word("book.error.bad-link"));
        model.addAttribute("message", word("book.error.bad-link.text"));
        return "book/error";
    }
}
