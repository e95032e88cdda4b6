package dev.kairos.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Requests Tomcat refuses before any application code runs (a malformed or oversized request
 * line or header, an encoded slash, backslash or NUL in the path) are answered by the host's error
 * report: the API's error envelope for API paths, a small page linking back to the admin pages
 * for the rest, never Tomcat's own page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    Customizer envelopeErrorReport(ErrorWriter errors) {
        return new Customizer(errors);
    }

    /** Installs the report when the context is made; ordered after Spring Boot's own, which adds a plain one. */
    static final class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ErrorWriter errors;

        Customizer(ErrorWriter errors) {
            this.errors = errors;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> install(context.getParent(), errors));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void install(Container host, ErrorWriter errors) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        EnvelopeReport report = new EnvelopeReport(errors);
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(EnvelopeReport.class.getName());
        }
        host.getPipeline().addValve(report);
    }

    /** The error report: JSON for API paths, a minimal page for the others. */
    static final class EnvelopeReport extends ErrorReportValve {

        private final ErrorWriter errors;

        /** Tomcat needs a public no-argument constructor for the class it is told about; it is never used so. */
        public EnvelopeReport() {
            this(null);
        }

        EnvelopeReport(ErrorWriter errors) {
            this.errors = errors;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = errors != null && WebPaths.isApi(uri);
            try {
                response.setContentType(api ? "application/json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    String message = StatusMessages.of(status);
                    writer.write(api ? errors.text(message) : page(status, message, !WebPaths.isBookingPage(uri)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response can no longer be written: nothing to report to.
            }
        }

        /** The page for a refused page request: the admin layout's bar, or none on the public booking pages. */
        private static String page(int status, String message, boolean admin) {
            // Written by the container before any request reaches Spring: no language is known yet.
            String title =
                    switch (status) {
                        case 403 -> "No access";
                        case 404 -> "Not found";
                        default -> status >= 500 ? "Something went wrong" : "Request refused";
                    };
            return """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>%s · Kairos</title>
                    <link rel="stylesheet" href="/css/kairos.css"></head>
                    <body class="narrow">%s
                    <main><h1>%s</h1><p class="error" role="alert">%s</p>%s</main></body></html>
                    """.formatted(
                            title,
                            admin ? "<header class=\"bar\"><a class=\"brand\" href=\"/admin\">Kairos</a></header>" : "",
                            title,
                            message,
                            admin ? "<p><a href=\"/admin\">Back to your locations</a></p>" : "");
        }
    }
}
