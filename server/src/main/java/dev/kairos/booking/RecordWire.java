package dev.kairos.booking;

import dev.kairos.questionnaires.Answer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /records} and {@code PUT /record} (laid over the appointment as it is), read leniently. */
public final class RecordWire {

    private RecordWire() {}

    /**
     * @param staffId the team member; 0 or absent only for services that need no staff
     * @param datetime ISO 8601 with or without offset, "Y-m-d H:i:s" local to the location, or epoch seconds
     * @param seanceLength seconds; absent: the services' length for the team member
     * @param saveIfBusy book even over other appointments or outside working hours (needs the overbook right)
     * @param attendance 2 client confirmed, 1 arrived, 0 waiting (default), -1 no-show
     * @param recordLabels appointment category ids, as numbers or strings
     * @param clientId an existing client of the location, instead of {@code client}
     * @param answers the answers to the services' questionnaires, taken when the appointment is made
     */
    public record Record(
            Long staffId,
            List<ServiceLine> services,
            ClientPart client,
            Long clientId,
            Boolean saveIfBusy,
            Object datetime,
            Long seanceLength,
            Boolean sendSms,
            String comment,
            Integer smsRemainHours,
            Integer emailRemainHours,
            Integer attendance,
            String apiId,
            String customColor,
            String customFontColor,
            List<Object> recordLabels,
            Map<String, Object> customFields,
            Integer technicalBreakDuration,
            Long activityId,
            Integer clientsCount,
            List<Answer> answers,
            List<Long> resourceInstanceIds) {

        /**
         * A record as staff pages and other modules book it: never overbooking, and every field
         * they do not name absent, as a request without it would be.
         */
        public static Record booked(
                Long staffId,
                List<ServiceLine> services,
                ClientPart client,
                java.time.Instant start,
                Long seanceLength,
                String comment,
                Integer attendance,
                List<Long> resourceInstanceIds) {
            return new Record(
                    staffId,
                    services,
                    client,
                    null,
                    false,
                    start.getEpochSecond(),
                    seanceLength,
                    null,
                    comment,
                    null,
                    null,
                    attendance,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    resourceInstanceIds);
        }

        /** Services by id at their own prices. */
        public static List<ServiceLine> lines(List<Long> serviceIds) {
            return serviceIds.stream()
                    .map(id -> new ServiceLine(id, null, null, null, null))
                    .toList();
        }
    }

    /** A service of the appointment; prices default to the service's own, {@code cost} to the discounted first cost. */
    public record ServiceLine(Long id, BigDecimal firstCost, BigDecimal discount, BigDecimal cost, Integer amount) {}

    public record ClientPart(String phone, String name, String surname, String patronymic, String email) {}

    /** {@code DELETE /records/{cid}} (Kairos): several appointments at once, each answered on its own. */
    public record BulkDelete(List<Long> ids) {}
}
