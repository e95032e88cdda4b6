package dev.kairos.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The two demo locations, on opposite sides of the world, and who works there. */
final class DemoSites {

    static final String CHAIN = "Kairos Demo";

    static final Site BERLIN = new Site(
            "Kairos Demo Berlin",
            "Europe/Berlin",
            "DE",
            "EUR",
            "Germany",
            "Berlin",
            "Torstraße 101, 10119 Berlin",
            "+493012345678",
            "+49151",
            8,
            LocalTime.of(9, 0),
            LocalTime.of(19, 0),
            List.of(
                    new Member(
                            "Anna Schmidt",
                            "Stylist",
                            Pattern.EARLY,
                            List.of("cut", "mens", "colour", "consult", "fringe"),
                            Map.of("cut", 45),
                            false,
                            false),
                    new Member(
                            "Jonas Weber",
                            "Stylist",
                            Pattern.TUE_SAT,
                            List.of("cut", "mens", "colour", "consult", "fringe"),
                            Map.of(),
                            false,
                            true),
                    new Member(
                            "Lea Hoffmann",
                            "Stylist",
                            Pattern.LATE,
                            List.of("mens", "fringe", "cut"),
                            Map.of("cut", 75),
                            true,
                            false),
                    new Member(
                            "Miriam Koch",
                            "Therapist",
                            Pattern.EARLY,
                            List.of("facial", "massage"),
                            Map.of(),
                            false,
                            false),
                    new Member(
                            "Felix Wagner",
                            "Therapist",
                            Pattern.TUE_SAT,
                            List.of("massage", "facial", "laser"),
                            Map.of("massage", 50),
                            false,
                            false),
                    new Member(
                            "Sophie Becker",
                            "Laser specialist",
                            Pattern.MON_THU,
                            List.of("laser", "facial"),
                            Map.of(),
                            false,
                            false)),
            List.of(
                    "Lukas", "Emma", "Leon", "Mia", "Paul", "Hannah", "Elias", "Lina", "Noah", "Marie", "Ben", "Clara",
                    "Finn", "Ida", "Max"),
            List.of(
                    "Müller",
                    "Schneider",
                    "Fischer",
                    "Meyer",
                    "Wolf",
                    "Schulz",
                    "Neumann",
                    "Schwarz",
                    "Zimmermann",
                    "Krüger"));

    static final Site SYDNEY = new Site(
            "Kairos Demo Sydney",
            "Australia/Sydney",
            "AU",
            "AUD",
            "Australia",
            "Sydney",
            "12 Crown Street, Surry Hills NSW 2010",
            "+61291234567",
            "+6141",
            7,
            LocalTime.of(8, 0),
            LocalTime.of(18, 0),
            List.of(
                    new Member(
                            "Olivia Smith",
                            "Stylist",
                            Pattern.EARLY,
                            List.of("cut", "mens", "colour", "consult", "fringe"),
                            Map.of(),
                            false,
                            false),
                    new Member(
                            "Jack Wilson",
                            "Stylist",
                            Pattern.LATE,
                            List.of("cut", "mens", "consult", "fringe"),
                            Map.of("mens", 25),
                            false,
                            true),
                    new Member(
                            "Chloe Nguyen",
                            "Stylist",
                            Pattern.TUE_SAT,
                            List.of("cut", "colour", "fringe"),
                            Map.of("colour", 105),
                            true,
                            false),
                    new Member(
                            "Liam Taylor",
                            "Therapist",
                            Pattern.EARLY,
                            List.of("massage", "facial"),
                            Map.of(),
                            false,
                            false),
                    new Member(
                            "Mia Brown",
                            "Therapist",
                            Pattern.TUE_SAT,
                            List.of("facial", "massage", "laser"),
                            Map.of(),
                            false,
                            false),
                    new Member(
                            "Noah Martin",
                            "Laser specialist",
                            Pattern.MON_THU,
                            List.of("laser"),
                            Map.of("laser", 40),
                            false,
                            false)),
            List.of(
                    "Oliver",
                    "Charlotte",
                    "William",
                    "Amelia",
                    "Jack",
                    "Isla",
                    "Henry",
                    "Ava",
                    "Leo",
                    "Grace",
                    "Thomas",
                    "Zoe",
                    "Lucas",
                    "Ruby",
                    "James"),
            List.of("Jones", "Williams", "Lee", "Walker", "White", "Harris", "Thompson", "Kelly", "Ryan", "Campbell"));

    static final List<Site> ALL = List.of(BERLIN, SYDNEY);

    private DemoSites() {}

    /**
     * A demo location: open {@code opens}–{@code closes} on weekdays, on Saturdays from an hour
     * later until three hours earlier, closed on Sundays.
     *
     * @param mobilePrefix E.164 prefix of the region's mobile numbers; {@code mobileDigits} follow it
     */
    record Site(
            String title,
            String zone,
            String region,
            String currency,
            String country,
            String city,
            String address,
            String phone,
            String mobilePrefix,
            int mobileDigits,
            LocalTime opens,
            LocalTime closes,
            List<Member> team,
            List<String> firstNames,
            List<String> surnames) {

        LocalTime saturdayOpens() {
            return opens.plusHours(1);
        }

        LocalTime saturdayCloses() {
            return closes.minusHours(3);
        }
    }

    /**
     * A team member as planned.
     *
     * @param skills keys of the services they perform
     * @param minutes per-member durations that differ from the service's
     * @param hidden not offered for online booking
     * @param dayOffThisWeek takes Wednesday of the current week off
     */
    record Member(
            String name,
            String position,
            Pattern pattern,
            List<String> skills,
            Map<String, Integer> minutes,
            boolean hidden,
            boolean dayOffThisWeek) {}

    /** Weekly working patterns, within the location's opening hours. */
    enum Pattern {
        EARLY,
        LATE,
        TUE_SAT,
        MON_THU;

        /** The shift on {@code day} as {start, end}, or null when the member does not work then. */
        LocalTime[] shift(DayOfWeek day, Site site) {
            boolean weekday = day.getValue() <= 5;
            return switch (this) {
                case EARLY ->
                    weekday ? new LocalTime[] {site.opens(), site.opens().plusHours(8)} : null;
                case LATE -> weekday ? new LocalTime[] {site.closes().minusHours(8), site.closes()} : null;
                case TUE_SAT ->
                    day == DayOfWeek.SATURDAY
                            ? new LocalTime[] {site.saturdayOpens(), site.saturdayCloses()}
                            : weekday && day != DayOfWeek.MONDAY
                                    ? new LocalTime[] {
                                        site.opens().plusHours(1), site.closes().minusHours(1)
                                    }
                                    : null;
                case MON_THU -> day.getValue() <= 4 ? new LocalTime[] {site.opens(), site.closes()} : null;
            };
        }
    }
}
