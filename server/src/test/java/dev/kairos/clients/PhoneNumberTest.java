package dev.kairos.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            +49 30 1234567        | DE | +49301234567
            030 1234567           | DE | +49301234567
            030/123 45 67         | DE | +49301234567
            0049 30 1234567       | DE | +49301234567
            (030) 123-45-67       | DE | +49301234567
            +49 30 1234567        | US | +49301234567
            +79161234567          | DE | +79161234567
            79161234567           | DE | +79161234567
            79161234567           | RU | +79161234567
            89161234567           | RU | +79161234567
            8 (916) 123-45-67     | RU | +79161234567
            +7 916 123 45 67      | RU | +79161234567
            (212) 555-0123        | US | +12125550123
            212.555.0123          | US | +12125550123
            1 212 555 0123        | US | +12125550123
            12125550123           | DE | +12125550123
            +44 20 7946 0958      | DE | +442079460958
            020 7946 0958         | GB | +442079460958
            +79161234567          |    | +79161234567
            79161234567           | XX | +79161234567
            0791 61234567         | DE | +4979161234567
            301234567             | DE | +49301234567
            9161234567            | RU | +79161234567
            2125550123            | US | +12125550123
            912345678             | ES | +34912345678
            131 2345 6789         | CN | +8613123456789
            13123456789           | DE | +13123456789
            """)
    void normalisesToE164(String raw, String region, String e164) {
        assertThat(PhoneNumber.parse(raw, region)).map(PhoneNumber::e164).contains(e164);
        assertThat(PhoneNumber.of(raw, region).e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "''{0}'' is not a phone number in DE")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "+",
                "123",
                "abc",
                "030 CALL NOW",
                "+49 30 1234567 ext. 5",
                "+49 30 12345#",
                "+4930+1234567",
                "++49301234567",
                "0000000000",
                "+999 1234567",
                "1234567890123456789",
                "030 1234567\n030 1234568",
                "+7 916 123 45 6",
                "-",
                "()"
            })
    void rejectsWhatIsNotAValidNumber(String raw) {
        assertThat(PhoneNumber.parse(raw, "DE")).isEmpty();
        assertThatThrownBy(() -> PhoneNumber.of(raw, "DE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegionDecidesANationalNumber() {
        assertThat(PhoneNumber.parse("030 1234567", "DE")).isNotEqualTo(PhoneNumber.parse("030 1234567", "GB"));
        assertThat(PhoneNumber.parse("030 1234567", null)).isEmpty();
    }

    @Test
    void equalNumbersAreEqualValues() {
        assertThat(PhoneNumber.of("+49 30 1234567", "RU"))
                .isEqualTo(PhoneNumber.of("030 1234567", "de"))
                .hasSameHashCodeAs(PhoneNumber.of("030-1234567", "DE"));
        assertThat(PhoneNumber.of("030 1234567", "DE").digits()).isEqualTo("49301234567");
        assertThat(PhoneNumber.of("030 1234567", "DE")).hasToString("+49301234567");
    }

    @Test
    void storedNumbersAreCheckedForFormOnly() {
        assertThat(PhoneNumber.stored("+10000000000").e164()).isEqualTo("+10000000000");
        for (String bad : new String[] {null, "", "49301234567", "+0301234567", "+49 30 1234567"}) {
            assertThatThrownBy(() -> PhoneNumber.stored(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void everyValidNumberReadsBackFromEveryFormat(
            @ForAll("examples") Example example, @ForAll("regions") String otherRegion) {
        String e164 = UTIL.format(example.number(), PhoneNumberFormat.E164);
        String international = UTIL.format(example.number(), PhoneNumberFormat.INTERNATIONAL);
        String national = UTIL.format(example.number(), PhoneNumberFormat.NATIONAL);

        assertThat(PhoneNumber.parse(e164, otherRegion)).map(PhoneNumber::e164).contains(e164);
        assertThat(PhoneNumber.parse(international, otherRegion))
                .map(PhoneNumber::e164)
                .contains(e164);
        assertThat(PhoneNumber.parse(national, example.region()))
                .map(PhoneNumber::e164)
                .contains(e164);
    }

    @Property
    void parsingIsIdempotent(@ForAll("examples") Example example, @ForAll("regions") String region) {
        String national = UTIL.format(example.number(), PhoneNumberFormat.NATIONAL);
        Optional<PhoneNumber> once = PhoneNumber.parse(national, region);
        once.ifPresent(p -> assertThat(PhoneNumber.parse(p.e164(), region)).contains(p));
        once.ifPresent(p -> assertThat(p.e164()).matches("\\+[1-9][0-9]{6,14}"));
    }

    @Property
    void lettersAreNeverANumber(
            @ForAll("examples") Example example, @ForAll @AlphaChars @StringLength(min = 1, max = 3) String letters) {
        String e164 = UTIL.format(example.number(), PhoneNumberFormat.E164);
        assertThat(PhoneNumber.parse(e164 + letters, example.region())).isEmpty();
        assertThat(PhoneNumber.parse(letters + e164, example.region())).isEmpty();
    }

    record Example(String region, com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number) {
        @Override
        public String toString() {
            return region + " " + UTIL.format(number, PhoneNumberFormat.E164);
        }
    }

    @Provide
    Arbitrary<Example> examples() {
        List<Example> all = UTIL.getSupportedRegions().stream()
                .sorted()
                .flatMap(region -> java.util.stream.Stream.of(
                                PhoneNumberUtil.PhoneNumberType.FIXED_LINE, PhoneNumberUtil.PhoneNumberType.MOBILE)
                        .map(type -> UTIL.getExampleNumberForType(region, type))
                        .filter(java.util.Objects::nonNull)
                        .map(n -> new Example(region, n)))
                .toList();
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.of(UTIL.getSupportedRegions().stream().sorted().toList());
    }
}
