package dev.kairos.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The date and time formats of the Altegio wire. Input is read leniently (ISO 8601 with or without
 * a colon in the offset, with or without seconds or fractions, a space instead of 'T', a bare date,
 * epoch seconds); zone-less values are local to the location. Output uses the documented forms.
 */
public final class WireTime {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DOTTED_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter COMPACT_OFFSET_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");
    private static final DateTimeFormatter LOCAL_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WireTime() {}

    /**
     * Reads a point in time. Zone-less input is taken as local time in {@code zone}; a local time
     * that falls twice (a daylight-saving overlap) takes the earlier offset.
     *
     * @throws ApiException 400 naming {@code field} when the value is in no known format
     */
    public static Instant parseInstant(String field, String value, ZoneId zone) {
        String text = value.strip();
        if (text.matches("\\d{9,11}")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            var parsed = LOCAL.parse(text);
            LocalDateTime local = LocalDateTime.from(parsed);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.of(
                                local, java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                        .toInstant();
            }
            return ZonedDateTime.ofLocal(local, zone, null).toInstant();
        } catch (DateTimeException e) {
            if (text.length() > 10) {
                // A time that does not parse is an error, never silently the day's midnight.
                throw ApiException.badRequest("'" + field + "' is not a valid date and time: '" + value + "'");
            }
            return parseDate(field, text).atStartOfDay(zone).toInstant();
        }
    }

    /** Reads a calendar date: {@code 2026-01-31}, {@code 20260131} or {@code 31.01.2026}. */
    public static LocalDate parseDate(String field, String value) {
        String text = value.strip();
        for (DateTimeFormatter format :
                new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, COMPACT_DATE, DOTTED_DATE}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        if (text.length() > 10) {
            try {
                return LocalDate.parse(text.substring(0, 10));
            } catch (DateTimeParseException e) {
                // fall through to the error
            }
        }
        throw ApiException.badRequest("'" + field + "' is not a valid date: '" + value + "'");
    }

    /** {@code 2019-07-21T12:00:00+03:00}: the record's {@code datetime}. */
    public static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : ISO_OUT.format(instant.atZone(zone));
    }

    /** {@code 2019-07-21T12:27:06+0300}: the record's {@code create_date} and {@code last_change_date}. */
    public static String compact(Instant instant, ZoneId zone) {
        return instant == null ? null : COMPACT_OFFSET_OUT.format(instant.atZone(zone));
    }

    /** {@code 2019-07-21 12:00:00}: the record's {@code date}, local to the location. */
    public static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL_OUT.format(instant.atZone(zone));
    }
}
