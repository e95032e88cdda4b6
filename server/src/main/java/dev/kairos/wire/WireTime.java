package dev.kairos.wire;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * The date and time formats of the Altegio wire. Input is read leniently (ISO 8601 with or without
 * a colon in the offset, with or without seconds or fractions, a space instead of 'T', a bare date,
 * epoch seconds); zone-less values are local to the location. Output uses the documented forms.
 */
public final class WireTime {

    /** Why a parameter that is not a date is refused, for a page; the wire writes the message. */
    private static final Fault NOT_A_DATE = Fault.of("fault.not-a-date", "is not a valid date");

    private static final Fault NOT_A_DATE_TIME = Fault.of("fault.not-a-date-time", "is not a valid date and time");

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

    /** A time followed by a space and an offset's digits: the space was a {@code +} before URL decoding. */
    private static final Pattern SPACED_OFFSET =
            Pattern.compile("(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}(?::?\\d{2})?)$");

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DOTTED_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter COMPACT_OFFSET_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");
    private static final DateTimeFormatter LOCAL_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WireTime() {}

    /**
     * Reads a point in time. Zone-less input is taken as local time in {@code zone}; a local time
     * that falls twice (a daylight-saving overlap) takes the earlier offset, and one that does not
     * exist (a gap) is refused. A {@code +} of the offset that arrived as a space (an unencoded
     * {@code +03:00} in a query) is read as the {@code +} it was.
     *
     * @throws dev.kairos.refusal.Refused 400 naming {@code field} when the value is in no known format; 422 when
     *     it names a local time that does not exist in {@code zone}
     */
    public static Instant parseInstant(String field, String value, ZoneId zone) {
        String text = SPACED_OFFSET.matcher(value.strip()).replaceFirst("$1+$2");
        if (text.matches("\\d{9,11}")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        if (text.length() <= 10) {
            return parseDate(field, text).atStartOfDay(zone).toInstant();
        }
        TemporalAccessor parsed = dateTime(field, value, text);
        LocalDateTime local = LocalDateTime.from(parsed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                    .toInstant();
        }
        return atZone(field, local, zone);
    }

    /**
     * A local time in {@code zone}: the earlier offset when it falls twice.
     *
     * @throws dev.kairos.refusal.Refused 422 naming {@code field} and the zone when the time does not exist there
     */
    public static Instant atZone(String field, LocalDateTime local, ZoneId zone) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw Refusal.invalid(
                            field,
                            Fault.of(
                                    "fault.time-skipped",
                                    LOCAL_OUT.format(local) + " does not exist in " + zone.getId()
                                            + ": the clocks skip it for daylight saving; send the time with its UTC offset",
                                    LOCAL_OUT.format(local),
                                    zone.getId()))
                    .exception();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /**
     * Reads a calendar date: {@code 2026-01-31}, {@code 20260131} or {@code 31.01.2026}; a date and
     * time is read for its date only when the time is a real one.
     */
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
                return LocalDate.from(LOCAL.parse(SPACED_OFFSET.matcher(text).replaceFirst("$1+$2")));
            } catch (DateTimeException e) {
                // fall through to the error
            }
        }
        throw Refusal.malformed(Fault.of(
                        "refusal.not-a-date",
                        "'" + field + "' is not a valid date: '" + shown(value) + "'",
                        field,
                        shown(value)))
                .exception(field, NOT_A_DATE);
    }

    private static TemporalAccessor dateTime(String field, String value, String text) {
        try {
            return LOCAL.parse(text);
        } catch (DateTimeException e) {
            // A time that does not parse is an error, never silently the day's midnight.
            throw Refusal.malformed(Fault.of(
                            "refusal.not-a-date-time",
                            "'" + field + "' is not a valid date and time: '" + shown(value) + "'",
                            field,
                            shown(value)))
                    .exception(field, NOT_A_DATE_TIME);
        }
    }

    private static String shown(String value) {
        String visible = value.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 60 ? visible.substring(0, 60) + "…" : visible;
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
