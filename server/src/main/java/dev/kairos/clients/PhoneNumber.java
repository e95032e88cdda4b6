package dev.kairos.clients;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.kairos.refusal.Fault;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's phone number, normalised to E.164 ({@code +493012345678}). Only valid numbers exist.
 *
 * <p>How {@link #parse(String, String)} reads a number, in this order:
 * <ol>
 *   <li>Spaces, dashes, dots, slashes and brackets are ignored; any other character (letters,
 *       {@code *}, {@code #}) makes the input invalid, and so do more than 17 digits.</li>
 *   <li>A number starting with {@code +} is international and must be valid as such.</li>
 *   <li>Digits without {@code +} may be a number dialled in the location's default region
 *       ({@code 030 1234567} in DE, {@code 8 916 123-45-67} in RU, {@code 0049 30 1234567} in DE)
 *       or an international number whose {@code +} was left out ({@code 79161234567}, the way
 *       Altegio's numeric {@code phone} field sends it). The regional reading wins when the
 *       digits are exactly how the region writes that number nationally (with its trunk prefix
 *       where it uses one: {@code 0} in DE, {@code 8} in RU, none for Chinese mobiles or in the
 *       +1 countries) or begin with the international dialling prefix. Otherwise the
 *       international reading is tried first and the regional one second: at a German location
 *       {@code 79161234567} is +7 916 123-45-67, while {@code 0791 61234567} is German and
 *       {@code 301234567} (no valid international reading) is +49 30 1234567.</li>
 * </ol>
 * Validity is libphonenumber's {@code isValidNumber}: a number of the right length in a range
 * that is assigned, not merely a plausible length.
 */
public final class PhoneNumber {

    /** What a field holding something that is not a phone number is refused with. */
    public static final Fault FAULT = Fault.of("fault.phone", "is not a valid phone number");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()./\\-\\u00a0]+");
    private static final Pattern SEPARATORS = Pattern.compile("[ ()./\\-\\u00a0]");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_DIGITS = 17;

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /**
     * Reads a number as a person or a client library types it.
     *
     * @param raw the number as given; null or blank is empty
     * @param defaultRegion ISO 3166 code of the location's country (e.g. {@code DE}); null or an
     *     unknown code means only international ({@code +}) or {@code +}-less international forms work
     * @return the normalised number, or empty when the input is not a valid phone number
     */
    public static Optional<PhoneNumber> parse(String raw, String defaultRegion) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (!ALLOWED.matcher(text).matches()) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(text).replaceAll("");
        String digits = compact.startsWith("+") ? compact.substring(1) : compact;
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || digits.contains("+")) {
            return Optional.empty();
        }
        if (compact.startsWith("+")) {
            return validNumber(compact, "ZZ").map(PhoneNumber::normalised);
        }
        String region = region(defaultRegion);
        Optional<Phonenumber.PhoneNumber> regional = validNumber(compact, region);
        if (regional.filter(n -> writtenNationally(n, digits)).isPresent()) {
            return regional.map(PhoneNumber::normalised);
        }
        return validNumber("+" + digits, "ZZ").or(() -> regional).map(PhoneNumber::normalised);
    }

    /**
     * Like {@link #parse(String, String)}, for callers that treat a bad number as a broken input.
     *
     * @throws IllegalArgumentException when {@code raw} is not a valid phone number
     */
    public static PhoneNumber of(String raw, String defaultRegion) {
        return parse(raw, defaultRegion)
                .orElseThrow(() -> new IllegalArgumentException("not a valid phone number: '" + raw + "'"));
    }

    /**
     * A number already stored in E.164 form. Checks the form only, so that a number stays readable
     * when a newer numbering plan no longer lists its range.
     *
     * @throws IllegalArgumentException when {@code e164} is not in E.164 form
     */
    static PhoneNumber stored(String e164) {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number: '" + e164 + "'");
        }
        return new PhoneNumber(e164);
    }

    /** {@code +493012345678}. */
    public String e164() {
        return e164;
    }

    /** The digits without the plus: {@code 493012345678}. */
    public String digits() {
        return e164.substring(1);
    }

    /**
     * The digits of a phone as typed into a search, without the trunk or international prefix a
     * stored E.164 number lacks: "0151 12", "00 49 151 12" and "+49 151 12" all look for digits the
     * number holds.
     */
    public static String searchDigits(String typed) {
        String digits = typed.replaceAll("\\D", "");
        return digits.startsWith("00") ? digits.substring(2) : digits.replaceFirst("^0+", "");
    }

    private static Optional<Phonenumber.PhoneNumber> validNumber(String text, String region) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parseAndKeepRawInput(text, region);
            return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static boolean writtenNationally(Phonenumber.PhoneNumber number, String digits) {
        String national =
                UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL).replaceAll("[^0-9]", "");
        return national.equals(digits)
                || number.getCountryCodeSource() == Phonenumber.PhoneNumber.CountryCodeSource.FROM_NUMBER_WITH_IDD;
    }

    private static PhoneNumber normalised(Phonenumber.PhoneNumber number) {
        return new PhoneNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    private static String region(String defaultRegion) {
        if (defaultRegion == null) {
            return "ZZ";
        }
        String upper = defaultRegion.strip().toUpperCase(java.util.Locale.ROOT);
        return UTIL.getSupportedRegions().contains(upper) ? upper : "ZZ";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber p && p.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return e164;
    }
}
