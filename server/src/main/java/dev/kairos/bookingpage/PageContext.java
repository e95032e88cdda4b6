package dev.kairos.bookingpage;

import dev.kairos.auth.Caller;
import dev.kairos.availability.ServiceRules;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.directory.TeamMember;
import dev.kairos.directory.TeamMembers;
import dev.kairos.platform.Languages;
import dev.kairos.refusal.Refusal;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What every booking page needs: its location, the public caller, and times as people read them. */
@Component
class PageContext {

    private final Locations locations;
    private final TeamMembers teamMembers;

    private final MessageSource messages;

    PageContext(Locations locations, TeamMembers teamMembers, MessageSource messages) {
        this.locations = locations;
        this.teamMembers = teamMembers;
        this.messages = messages;
    }

    /** The page's language: the one chosen, else the browser's, among the supported ones. */
    static Locale language() {
        return Languages.of(LocaleContextHolder.getLocale());
    }

    /** The page's words for {@code key}, in its language. */
    String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language());
    }

    /** What a refusal says, in the page's language (the API's English on an English page). */
    String says(Refusal refusal) {
        return refusal.messageIn(messages, language());
    }

    /** The fields a refusal names, each with its reasons in the page's language. */
    java.util.Map<String, List<String>> fields(Refusal refusal) {
        return refusal.fieldsIn(messages, language());
    }

    /** "Tuesday 14 October 2025" in English, "Dienstag, 14. Oktober 2025" in German. */
    DateTimeFormatter day() {
        return DateTimeFormatter.ofPattern(word("format.day"), language());
    }

    /** "October 2025". */
    DateTimeFormatter month() {
        return DateTimeFormatter.ofPattern(word("format.month"), language());
    }

    /** "09:00" in English and German, "9:00" in Spanish. */
    DateTimeFormatter time() {
        return DateTimeFormatter.ofPattern(word("format.time"), language());
    }

    /**
     * The location of a booking page.
     *
     * @throws dev.kairos.refusal.Refused 404 for an unknown or removed location
     */
    Location location(long id) {
        return locations.find(id).orElseThrow(() -> Refusal.notFound("Location").exception());
    }

    /** The booking page acts as partner 0 (the public page), limited to the location's chain. */
    static Caller caller(Location location) {
        return new Caller(new Caller.Partner(0, location.chainId()), null);
    }

    /** The team member's name, or null for "any" (0) and unknown ids. */
    String memberName(Long id) {
        if (id == null || id == 0) {
            return null;
        }
        return teamMembers.findAll(List.of(id)).stream()
                .findFirst()
                .map(TeamMember::name)
                .orElse(null);
    }

    static Optional<ServiceRules> service(List<ServiceRules> services, long id) {
        return services.stream().filter(s -> s.id() == id).findFirst();
    }

    /** "Tuesday 14 October 2025 at 09:00", in the location's zone and the page's language. */
    String when(Instant start, ZoneId zone) {
        return word("book.when", day().format(start.atZone(zone)), time().format(start.atZone(zone)));
    }

    /** "45 min", "1 h", "1 h 30 min". */
    String duration(int seconds) {
        int minutes = seconds / 60;
        if (minutes < 60) {
            return word("duration.min", minutes);
        }
        return minutes % 60 == 0
                ? word("duration.h", minutes / 60)
                : word("duration.h-min", minutes / 60, minutes % 60);
    }

    /** "€50.00" in English, "50,00 €" in German, "50–80 EUR" as a range; empty when there is no price. */
    String price(ServiceRules s, String currency) {
        BigDecimal min = s.priceMin();
        BigDecimal max = s.priceMax();
        if (min == null || min.signum() == 0 && (max == null || max.signum() == 0)) {
            return "";
        }
        return money(min, currency) + (max == null || max.compareTo(min) == 0 ? "" : "–" + money(max, currency));
    }

    /** An amount in the page's language, with the currency's symbol where the location's currency is an ISO code. */
    private static String money(BigDecimal amount, String currency) {
        Locale language = language();
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (code.matches("[A-Z]{3}")) {
            try {
                NumberFormat format = NumberFormat.getCurrencyInstance(language);
                format.setCurrency(Currency.getInstance(code));
                if (amount.stripTrailingZeros().scale() <= 0) {
                    format.setMinimumFractionDigits(0);
                }
                return format.format(amount);
            } catch (IllegalArgumentException notACurrency) {
                // An unknown code: written after the number below.
            }
        }
        NumberFormat number = NumberFormat.getNumberInstance(language);
        number.setMaximumFractionDigits(2);
        return currency == null || currency.isBlank()
                ? number.format(amount)
                : number.format(amount) + " " + currency.strip();
    }
}
