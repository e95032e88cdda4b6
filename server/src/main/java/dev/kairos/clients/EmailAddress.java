package dev.kairos.clients;

import dev.kairos.refusal.Fault;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as Kairos accepts one wherever a person or a client library types it: a
 * client's, a booking's, a location's staff address. Only addresses that mail can be sent to
 * exist.
 *
 * <p>The rule, after surrounding spaces are dropped: one {@code @}; before it 1 to 64 characters
 * of letters (any script), digits, dots (not first, not last, not two in a row) and
 * {@code !#$%&'*+/=?^_`{|}~-}; after it a domain of two or more dot-separated labels, each 1 to 63
 * letters, digits or hyphens (not at either end), the last not only digits; 254 characters in all
 * (RFC 5321's limit on a path). Quoted local parts and address literals ({@code [192.0.2.1]}) are
 * refused: they are valid but no booking client sends them, and many mail servers refuse them. The
 * domain is kept in lower case; the local part as given (its case may matter to the mail server).
 */
public final class EmailAddress {

    /** What a field holding something that is not an e-mail address is refused with. */
    public static final Fault FAULT = Fault.of("fault.email", "is not an email address");

    private static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL =
            Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /**
     * Reads an address.
     *
     * @param raw the address as given; null or blank is empty
     * @return the address, or empty when {@code raw} is not one
     */
    public static Optional<EmailAddress> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        int at = text.lastIndexOf('@');
        if (text.length() > MAX_LENGTH || at < 1 || at > 64 || at == text.length() - 1) {
            return Optional.empty();
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || !domain(domain)) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(local + "@" + domain));
    }

    /**
     * Like {@link #parse(String)}, for callers that treat a bad address as a broken input.
     *
     * @throws IllegalArgumentException when {@code raw} is not an e-mail address
     */
    public static EmailAddress of(String raw) {
        return parse(raw).orElseThrow(() -> new IllegalArgumentException("not an e-mail address: '" + raw + "'"));
    }

    /**
     * Whether {@code raw} may be stored as an optional address: blank (none) or an address.
     *
     * @param raw null or blank for none
     */
    public static boolean blankOrValid(String raw) {
        return raw == null || raw.isBlank() || parse(raw).isPresent();
    }

    /**
     * The address to store for an optional one: empty for none, else the address.
     *
     * @throws IllegalArgumentException when {@code raw} is neither blank nor an address
     */
    public static String storable(String raw) {
        return raw == null || raw.isBlank() ? "" : of(raw).value();
    }

    private static boolean domain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@code anna@example.com}: the local part as given, the domain in lower case. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress e && e.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
