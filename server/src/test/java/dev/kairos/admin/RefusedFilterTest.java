package dev.kairos.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The Overview's filter sets a refused parameter aside by the key of its fault, not by the
 * English of the message: each refusal the filter meets, the page's words for it, and the other
 * filters kept.
 */
class RefusedFilterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long LOCATION = 7;

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            start_date     | 2027-13-45           | filter.refused.date
            changed_after  | soon                 | filter.refused.date
            page           | x                    | filter.refused.number
            page           | 1.5                  | filter.refused.number
            page           | 0                    | filter.refused.range
            count          | 0                    | filter.refused.range
            page           | 99999999999          | filter.refused.range
            status         | bogus                | filter.refused.choice
            source         | bogus                | filter.refused.choice
            attendance     | 5                    | filter.refused.choice
            client_id      | 1,2                  | filter.refused.one
            """)
    void aRefusedParameterIsSetAsideWithItsReason(String name, String value, String key) {
        MockHttpServletRequest http = new MockHttpServletRequest();
        http.addParameter(name, value.split(","));
        http.addParameter("service_id", "4");

        RefusedFilter read = RefusedFilter.read(http, BERLIN, LOCATION);

        assertThat(read.key(name)).isEqualTo(key);
        assertThat(read.of(name)).isNotBlank();
        assertThat(read.of("")).isNull();
        assertThat(read.filter().serviceIds()).containsExactly(4L);
    }

    @ParameterizedTest(name = "{0} before {2}")
    @CsvSource(delimiter = '|', textBlock = """
            end_date       | 2027-03-01 | start_date | 2027-03-02
            """)
    void anEndBeforeItsStartIsOutOfOrder(String end, String endValue, String start, String startValue) {
        MockHttpServletRequest http = new MockHttpServletRequest();
        http.addParameter(end, endValue);
        http.addParameter(start, startValue);

        RefusedFilter read = RefusedFilter.read(http, BERLIN, LOCATION);

        assertThat(read.key(end)).isEqualTo("filter.refused.order");
        assertThat(read.of(end)).isEqualTo("is before " + start);
        assertThat(read.key(start)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            client_query | 201
            """)
    void aTooLongSearchIsSetAside(String name, int length) {
        MockHttpServletRequest http = new MockHttpServletRequest();
        http.addParameter(name, "a".repeat(length));

        assertThat(RefusedFilter.read(http, BERLIN, LOCATION).key(name)).isEqualTo("filter.refused.too-long");
    }
}
