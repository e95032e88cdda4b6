package dev.kairos.admin;

import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on an admin page (403 at another location, 404) is a page a person can read, not the API's JSON envelope. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e, HttpServletResponse response) {
        response.setStatus(e.status().value());
        ModelAndView page = new ModelAndView("admin/error");
        page.addObject("status", e.status().value());
        page.addObject(
                "message",
                switch (e.status()) {
                    case FORBIDDEN -> "You have no access to this page. Ask the owner for the right at this location.";
                    case NOT_FOUND -> e.getMessage();
                    default -> e.getMessage();
                });
        page.setStatus(e.status());
        return page;
    }
}
