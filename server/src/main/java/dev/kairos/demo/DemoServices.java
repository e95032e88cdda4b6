package dev.kairos.demo;

import java.util.List;

/** The service catalog every demo location offers: one of each booking type and shape. */
final class DemoServices {

    static final List<String> CATEGORIES = List.of("Hair", "Skin & body", "Wellness");

    static final List<Spec> ALL = List.of(
            Spec.instant("cut", "Hair", "Haircut & styling", 60, 55, 75),
            Spec.instant("mens", "Hair", "Men's haircut", 30, 30, 30),
            Spec.instant("colour", "Hair", "Hair colouring", 90, 90, 140).withBuffers(10, 15, 10),
            Spec.instant("consult", "Hair", "Colour consultation", 30, 20, 20).approvalRequired(),
            Spec.instant("fringe", "Hair", "Express fringe trim", 15, 10, 10).walkInOnly(),
            Spec.instant("facial", "Skin & body", "Facial treatment", 60, 70, 85)
                    .needing("room"),
            Spec.instant("massage", "Skin & body", "Relaxing massage", 60, 65, 65)
                    .needing("room"),
            Spec.instant("laser", "Skin & body", "Laser hair removal", 45, 120, 180)
                    .needing("laser"),
            Spec.instant("sauna", "Wellness", "Infrared sauna session", 45, 25, 25)
                    .capacity(4));

    private DemoServices() {}

    /**
     * One service as planned.
     *
     * @param resource key of the resource it needs ("room", "laser"), or null
     * @param capacity max concurrent bookings; above 1 the service needs no team member
     */
    record Spec(
            String key,
            String category,
            String title,
            int minutes,
            int priceMin,
            int priceMax,
            String bookingType,
            int bufferBefore,
            int bufferAfter,
            int technicalBreak,
            String resource,
            int capacity) {

        static Spec instant(String key, String category, String title, int minutes, int priceMin, int priceMax) {
            return new Spec(key, category, title, minutes, priceMin, priceMax, "instant", 0, 0, 0, null, 1);
        }

        Spec withBuffers(int beforeMinutes, int afterMinutes, int technicalBreakMinutes) {
            return new Spec(
                    key,
                    category,
                    title,
                    minutes,
                    priceMin,
                    priceMax,
                    bookingType,
                    beforeMinutes,
                    afterMinutes,
                    technicalBreakMinutes,
                    resource,
                    capacity);
        }

        Spec approvalRequired() {
            return new Spec(
                    key,
                    category,
                    title,
                    minutes,
                    priceMin,
                    priceMax,
                    "approval_required",
                    bufferBefore,
                    bufferAfter,
                    technicalBreak,
                    resource,
                    capacity);
        }

        Spec walkInOnly() {
            return new Spec(
                    key,
                    category,
                    title,
                    minutes,
                    priceMin,
                    priceMax,
                    "walk_in_only",
                    bufferBefore,
                    bufferAfter,
                    technicalBreak,
                    resource,
                    capacity);
        }

        Spec needing(String resourceKey) {
            return new Spec(
                    key,
                    category,
                    title,
                    minutes,
                    priceMin,
                    priceMax,
                    bookingType,
                    bufferBefore,
                    bufferAfter,
                    technicalBreak,
                    resourceKey,
                    capacity);
        }

        Spec capacity(int seats) {
            return new Spec(
                    key,
                    category,
                    title,
                    minutes,
                    priceMin,
                    priceMax,
                    bookingType,
                    bufferBefore,
                    bufferAfter,
                    technicalBreak,
                    resource,
                    seats);
        }

        boolean requiresStaff() {
            return capacity == 1;
        }

        boolean customerBooking() {
            return !bookingType.equals("walk_in_only");
        }
    }
}
