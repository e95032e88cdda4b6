package dev.kairos.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.refusal.Refused;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rules make sense: the offset belongs to timed events and points the right way. */
class RuleBodyTest {

    @ParameterizedTest
    @CsvSource({
        "reminder, -1, true",
        "reminder, -1440, true",
        "reminder, -43200, true",
        "reminder, -43201, false",
        "reminder, 0, false",
        "reminder, 60, false",
        "completed, 0, true",
        "completed, 120, true",
        "completed, 43200, true",
        "completed, 43201, false",
        "completed, -1, false",
        "confirmed, 0, true",
        "confirmed, -60, false",
        "cancelled, 10, false",
        "no_show, 0, true"
    })
    void theOffsetFitsTheEvent(String event, int offset, boolean accepted) {
        RuleBody body = new RuleBody(event, "client", "email", offset, null);
        if (accepted) {
            Rule rule = body.over(null, 1, null);
            assertThat(rule.offsetMinutes()).isEqualTo(offset);
            assertThat(rule.active()).isTrue();
        } else {
            assertThatThrownBy(() -> body.over(null, 1, null))
                    .isInstanceOf(Refused.class)
                    .extracting(e -> ((Refused) e).refusal().fields().toString())
                    .asString()
                    .contains("offset_minutes");
        }
    }

    @ParameterizedTest
    @CsvSource({"birthday, client, email, event", "reminder, everyone, email, target", "reminder, client, fax, channel"
    })
    void unknownWordsAreRefusedByField(String event, String target, String channel, String field) {
        assertThatThrownBy(() -> new RuleBody(event, target, channel, -60, true).over(null, 1, null))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).refusal().fields().toString())
                .asString()
                .contains(field);
    }

    @ParameterizedTest
    @CsvSource({"-60, -60", ", -1440"})
    void anUpdateKeepsWhatItDoesNotSay(Integer offset, int expected) {
        Rule current = new Rule(5, 1, null, NotificationEvent.REMINDER, Target.CLIENT, Channel.EMAIL, -1440, true);

        Rule changed = new RuleBody(null, null, "sms", offset, false).over(current, 1, null);

        assertThat(changed.offsetMinutes()).isEqualTo(expected);
        assertThat(changed.channel()).isEqualTo(Channel.SMS);
        assertThat(changed.event()).isEqualTo(NotificationEvent.REMINDER);
        assertThat(changed.active()).isFalse();
        assertThat(changed.id()).isEqualTo(5);
    }
}
