package dev.kairos.web;

import dev.kairos.platform.Languages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;
    private final ObjectProvider<ErrorPageNavigation> navigation;

    ErrorEndpoint(
            ErrorWriter errors,
            @Value("${spring.servlet.multipart.max-file-size:10MB}") String uploadLimit,
            MessageSource messages,
            ObjectProvider<ErrorPageNavigation> navigation) {
        this.errors = errors;
        this.uploadLimit = uploadLimit;
        this.messages = messages;
        this.navigation = navigation;
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
        Locale language = Languages.of(LocaleContextHolder.getLocale());
        page.addObject("title", messages.getMessage(title(status), null, language));
        page.addObject(
                "message",
                status == 413
                        ? messages.getMessage("error.text.413", new Object[] {uploadLimit}, language)
                        : pageMessage(status, message, language));
        // The container refuses an oversize upload before any controller runs: offer the form again.
        page.addObject("back", status == 413 && uri != null && uri.startsWith("/") ? uri : null);
        Object user = user(request.getUserPrincipal());
        page.addObject("user", user);
        if (!WebPaths.isBookingPage(uri)) {
            navigation.ifAvailable(n -> page.addAllObjects(n.of(uri, user)));
        }
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return HttpStatus.resolve(status) == null || status < 400 ? 500 : status;
    }

    /** The message key of an error page's title. */
    static String title(int status) {
        return switch (status) {
            case 403 -> "error.title.403";
            case 404 -> "error.title.404";
            default -> status >= 500 ? "error.title.500" : "error.title.400";
        };
    }

    /** The page's words for a status; a refusal's own message (in English) where there are none. */
    private String pageMessage(int status, String message, Locale language) {
        return switch (status) {
            case 403 -> messages.getMessage("error.text.403", null, language);
            case 404 -> messages.getMessage("error.text.404", null, language);
            default -> status >= 500 ? messages.getMessage("error.text.500", null, language) : message;
        };
    }

    /** The signed-in person the navigation names, if any; the page layout reads its name and login. */
    private static Object user(Principal principal) {
        return principal instanceof Authentication authentication ? authentication.getPrincipal() : null;
    }
}
