package dev.kairos.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends every error it did not see answered: a refusal of the security
 * firewall, a TRACE, an exception that escaped a controller. The API gets its error envelope and
 * the pages an error page: the booking pages their own, every other page the admin layout with
 * its navigation.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    private final ErrorWriter errors;
    private final String uploadLimit;

    ErrorEndpoint(ErrorWriter errors, @Value("${spring.servlet.multipart.max-file-size:10MB}") String uploadLimit) {
        this.errors = errors;
        this.uploadLimit = uploadLimit;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String message = StatusMessages.safe((String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE), status);
        if (WebPaths.isApi(uri)) {
            errors.write(response, status, message);
            return null;
        }
        ModelAndView page = new ModelAndView(WebPaths.isBookingPage(uri) ? "book/error" : "admin/error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", title(status));
        page.addObject("message", status == 413 ? tooLarge() : pageMessage(status, message));
        // The container refuses an oversize upload before any controller runs: offer the form again.
        page.addObject("back", status == 413 && uri != null && uri.startsWith("/") ? uri : null);
        page.addObject("user", user(request.getUserPrincipal()));
        return page;
    }

    private String tooLarge() {
        return "The file is larger than " + uploadLimit + ", the most that can be uploaded. An Excel sheet of 5,000"
                + " rows is far smaller: save only the rows to import, without pictures.";
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return HttpStatus.resolve(status) == null || status < 400 ? 500 : status;
    }

    static String title(int status) {
        return switch (status) {
            case 403 -> "No access";
            case 404 -> "Not found";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
    }

    private static String pageMessage(int status, String message) {
        return switch (status) {
            case 403 -> "You have no access to this page. Ask the owner for the right at this location.";
            case 404 -> "This page does not exist, or what it showed was removed.";
            default ->
                status >= 500
                        ? "Kairos could not answer this page. Try again; if it keeps happening, tell the administrator."
                        : message;
        };
    }

    /** The signed-in person the navigation names, if any; the page layout reads its name and login. */
    private static Object user(Principal principal) {
        return principal instanceof Authentication authentication ? authentication.getPrincipal() : null;
    }
}
