package dev.kairos.web;

/**
 * Which kind of answer a path gets when it is refused: the API's JSON error envelope, the public
 * booking pages' own error page, or the admin error page with the navigation.
 */
public final class WebPaths {

    private WebPaths() {}

    /** The API, the health and metrics endpoints and the OpenAPI document: machines read these. */
    public static boolean isApi(String uri) {
        return uri == null
                || uri.isEmpty()
                || under(uri, "/api")
                || under(uri, "/actuator")
                || under(uri, "/v3/api-docs");
    }

    /** The public booking pages, {@code /book/**}, which have no navigation of their own. */
    public static boolean isBookingPage(String uri) {
        return uri != null && under(uri, "/book");
    }

    private static boolean under(String raw, String prefix) {
        String uri = raw.startsWith("//") ? raw.replaceFirst("^/+", "/") : raw;
        return uri.startsWith(prefix) && (uri.length() == prefix.length() || uri.charAt(prefix.length()) == '/');
    }
}
