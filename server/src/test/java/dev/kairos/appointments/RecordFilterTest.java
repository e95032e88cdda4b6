package dev.kairos.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.refusal.RefusalCode;
import dev.kairos.refusal.Refused;
import dev.kairos.web.RefusalResponses;
import dev.kairos.wire.QueryParams;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The records list's query as a table: each spelling a client sends, what the filter reads from
 * it, and what it refuses with which status and field. Dates are the location's (Berlin here).
 */
class RecordFilterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final long LOCATION = 7;

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                         | page               | 1
            ''                                         | count              | 50
            ''                                         | deleted            | EXCLUDE
            ''                                         | staffIds           | []
            ''                                         | source             | ANY
            page=3&count=300                           | page               | 3
            page=3&count=300                           | count              | 300
            staff_id=4                                 | staffIds           | [4]
            staff_id=0                                 | staffIds           | []
            staff_ids[]=4&staff_ids[]=5&team_member_id=4 | staffIds         | [4, 5]
            filter[staff_id]=9                         | staffIds           | [9]
            client_id=12                               | clientId           | 12
            filter[client_id]=12                       | clientId           | 12
            start_date=2027-03-01&end_date=2027-03-01  | endDate            | 2027-03-01
            start_date=01.03.2027                      | startDate          | 2027-03-01
            c_start_date=20270301                      | createdFrom        | 2027-03-01
            changed_after=2027-03-28 03:00:00          | changedAfter       | 2027-03-28T01:00:00Z
            changed_after=2027-03-28T03:00:00.750+02:00 | changedAfter      | 2027-03-28T01:00:00Z
            with_deleted=1                             | deleted            | INCLUDE
            deleted=only                               | deleted            | ONLY
            deleted=all                                | deleted            | INCLUDE
            deleted=exclude&with_deleted=1             | deleted            | EXCLUDE
            attendance=-1&visit_attendance=2           | attendance         | [-1, 2]
            status=requested&filter[status]=no_show    | statuses           | [REQUESTED, NO_SHOW]
            client_query=anna                          | clientQuery        | anna
            record_labels[]=3&appointment_category_id=4 | labelIds          | [3, 4]
            filter[appointment_definition_id]=8        | serviceIds         | [8]
            source=online                              | source             | ONLINE
            paid=not-full                              | paid               | NOT_FULL
            services=without                           | withServices       | WITHOUT
            services=any                               | withServices       | ANY
            filter[location_id]=7                      | page               | 1
            """)
    void reads(String query, String component, String expected) {
        RecordFilter filter = RecordFilter.from(QueryParams.parse(query), BERLIN, LOCATION);
        assertThat(String.valueOf(value(filter, component))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            page=0                                     | 422 | page
            count=301                                  | 422 | count
            count=0                                    | 422 | count
            page=two                                   | 400 | page
            staff_id=anna                              | 400 | staff_id
            client_id=1&client_id=2                    | 422 | client_id
            start_date=2027-02-30                      | 400 | start_date
            start_date=2027-03-02&end_date=2027-03-01  | 422 | end_date
            c_start_date=2027-03-02&c_end_date=2027-03-01 | 422 | c_end_date
            changed_after=2027-03-02&changed_before=2027-03-01 | 422 | changed_before
            changed_after=2027-03-28 02:30:00          | 422 | changed_after
            attendance=3                               | 422 | attendance
            visit_attendance=yes                       | 422 | visit_attendance
            status=done                                | 422 | status
            deleted=some                               | 422 | deleted
            source=phone                               | 422 | source
            filter[location_id]=8                      | 422 | filter[location_id]
            """)
    void refuses(String query, int status, String field) {
        assertThatThrownBy(() -> RecordFilter.from(QueryParams.parse(query), BERLIN, LOCATION))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(RefusalResponses.status(e.refusal().code()).value())
                            .isEqualTo(status);
                    assertThat(String.valueOf(e.refusal().fields()) + e.getMessage())
                            .contains(field);
                });
    }

    @org.junit.jupiter.api.Test
    void aClientQueryOfMoreThan200CharactersIsRefused() {
        assertThatThrownBy(
                        () -> RecordFilter.from(QueryParams.parse("client_query=" + "a".repeat(201)), BERLIN, LOCATION))
                .isInstanceOfSatisfying(
                        Refused.class, e -> assertThat(e.refusal().code()).isEqualTo(RefusalCode.INVALID));
        assertThat(RecordFilter.from(QueryParams.parse("client_query=" + "a".repeat(200)), BERLIN, LOCATION)
                        .clientQuery())
                .hasSize(200);
    }

    private static Object value(RecordFilter filter, String component) {
        RecordComponent c = Arrays.stream(RecordFilter.class.getRecordComponents())
                .filter(r -> r.getName().equals(component))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + component));
        try {
            return c.getAccessor().invoke(filter);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
