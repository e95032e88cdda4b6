package dev.kairos.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.refusal.Refused;
import dev.kairos.refusal.Validation;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as the wire sends them: two decimals, within the database's range; discounts rounded half up. */
class MoneyTest {

    @ParameterizedTest(name = "{0} in {1}..{2} is {3}")
    @CsvSource(textBlock = """
            10,            0,    100,  10.00
            10.5,          0,    100,  10.50
            10.50000,      0,    100,  10.50
            0,             0,    100,  0.00
            100,           0,    100,  100.00
            -0.01,         -1,   0,    -0.01
            9999999999.99, 0,    9999999999.99, 9999999999.99
            10.001,        0,    100,
            100.01,        0,    100,
            -0.01,         0,    100,
            """)
    void checkedKeepsTwoDecimalsWithinTheRange(String value, String min, String max, String expected) {
        Validation v = new Validation();
        BigDecimal checked =
                Money.checked(v, "amount", new BigDecimal(value), new BigDecimal(min), new BigDecimal(max));
        if (expected == null) {
            assertThat(checked).isNull();
            assertThat(v.ok()).isFalse();
            assertThatThrownBy(v::orThrow).isInstanceOf(Refused.class);
        } else {
            assertThat(checked).isEqualByComparingTo(expected);
            assertThat(checked.scale()).isEqualTo(2);
            assertThat(v.ok()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            50,             50.00
            -10,            -10.00
            0.01,           0.01
            0,
            0.00,
            10.999,
            10000000000,
            -10000000000,
            """)
    void aTransferIsNonZeroWithTwoDecimals(String value, String expected) {
        Validation v = new Validation();
        BigDecimal transfer = Money.transfer(v, "amount", new BigDecimal(value));
        if (expected == null) {
            assertThat(transfer).isNull();
            assertThat(v.ok()).isFalse();
        } else {
            assertThat(transfer).isEqualByComparingTo(expected);
            assertThat(v.ok()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} less {1}% is {2}")
    @CsvSource(textBlock = """
            80,    10,   72.00
            80,    0,    80.00
            80,    100,  0.00
            33.33, 10,   30.00
            10,    33.33, 6.67
            0.05,  50,   0.03
            0.01,  50,   0.01
            """)
    void discountsRoundHalfUpToCents(String cost, String percent, String expected) {
        assertThat(Money.discounted(new BigDecimal(cost), new BigDecimal(percent)))
                .isEqualByComparingTo(expected)
                .satisfies(d -> assertThat(d.scale()).isEqualTo(2));
    }
}
