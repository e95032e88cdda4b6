package dev.kairos.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of requests the API must refuse: method, path, body (a String is sent verbatim) and the
 * expected status. Every refusal is the error envelope with a message that shows no internals.
 */
public final class RefusalTable {

    /** SQL, database errors, Java class names and stack traces: never in a message a client reads. */
    public static final Pattern INTERNALS = Pattern.compile(
            "(?i)\\bsql\\b|postgres|psql|jdbc|ERROR:|\\bDetail:|invalid byte sequence|exception|\\bat [a-z]+\\.[a-z]+\\."
                    + "|\\b(java|javax|jakarta|tools\\.jackson|org\\.springframework|dev\\.kairos)\\.[a-z]");

    private RefusalTable() {}

    public static Object[] refused(String method, String path, Object body, int status) {
        return new Object[] {method, path, body, status};
    }

    /** Sends each request and asserts the status and the error envelope with a message. */
    public static void assertAllRefused(Api api, List<Object[]> cases) {
        for (Object[] c : cases) {
            var response = api.send((String) c[0], (String) c[1], c[2]);
            String request = c[0] + " " + abbreviated(c[1]) + " " + abbreviated(c[2]);
            assertThat(response.status())
                    .as(request + " → " + abbreviated(response.body()))
                    .isEqualTo(c[3]);
            assertRefusal(response, request);
        }
    }

    /** The response is the error envelope: success false, no data, a message that shows no internals. */
    public static void assertRefusal(Api.Response response, String request) {
        assertThat(response.contentType()).as(request).startsWith("application/json");
        assertThat(response.json().get("success").asBoolean()).as(request).isFalse();
        assertThat(response.json().get("data").isNull()).as(request).isTrue();
        assertThat(response.meta().get("message").asString()).as(request).isNotBlank();
        assertThat(response.meta().toString()).as(request).doesNotContainPattern(INTERNALS);
    }

    private static String abbreviated(Object body) {
        String text = String.valueOf(body);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
