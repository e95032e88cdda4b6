package dev.kairos.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** A table of requests the API must refuse: method, path, body (a String is sent verbatim) and the expected status. */
public final class RefusalTable {

    private RefusalTable() {}

    public static Object[] refused(String method, String path, Object body, int status) {
        return new Object[] {method, path, body, status};
    }

    /** Sends each request and asserts the status and the error envelope with a message. */
    public static void assertAllRefused(Api api, List<Object[]> cases) {
        for (Object[] c : cases) {
            var response = api.send((String) c[0], (String) c[1], c[2]);
            assertThat(response.status())
                    .as(c[0] + " " + c[1] + " " + abbreviated(c[2]))
                    .isEqualTo(c[3]);
            assertThat(response.json().get("success").asBoolean()).isFalse();
            assertThat(response.meta().get("message").asString()).isNotBlank();
        }
    }

    private static String abbreviated(Object body) {
        String text = String.valueOf(body);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
