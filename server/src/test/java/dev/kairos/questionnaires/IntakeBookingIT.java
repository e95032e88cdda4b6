package dev.kairos.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Tenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A clinic collects intake answers with each booking: book_record and POST /appointments take them,
 * refuse wrong or missing ones writing nothing, and an appointment keeps the questions its client
 * saw after the form is edited.
 */
@KairosIT
class IntakeBookingIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Tenant tenant;
    Api admin;
    Api widget;
    BookingFixtures booking;
    long location;
    long anna;
    long consultation;
    long form;
    List<Long> questions;
    LocalDate day;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Api.at(port).as(tenant.adminA());
        widget = Api.at(port).as(tenant.partnerOnly());
        booking = new BookingFixtures(fixtures.db());
        location = tenant.locationA();
        booking.openEveryDay(location);
        anna = booking.member(location, "Anna");
        consultation = booking.service(location, "Consultation", 60, anna);
        day = BookingFixtures.nextTuesday();
        form = admin.post("/locations/" + location + "/questionnaires", QuestionnairesApiIT.intake("Skin intake"))
                .data()
                .get("id")
                .asLong();
        admin.post(
                "/locations/" + location + "/questionnaires/" + form + "/services", Map.of("service_id", consultation));
        questions = ids(widget.get("/locations/" + location + "/appointment-definitions/" + consultation + "/questions")
                .data());
    }

    /** Answers to the seven questions of {@link QuestionnairesApiIT#intake}, in order. */
    private List<Map<String, Object>> answers(Object... values) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.add(Map.of("questionnaire_question_id", questions.get(i), "value", values[i]));
            }
        }
        return answers;
    }

    private Api.Response bookRecord(String time, List<Map<String, Object>> answers) {
        return widget.post(
                "/book_record/" + location,
                Map.of(
                        "phone",
                        "+49 30 1234567",
                        "fullname",
                        "Maria Muster",
                        "appointments",
                        List.of(Map.of(
                                "id",
                                1,
                                "services",
                                List.of(consultation),
                                "staff_id",
                                anna,
                                "datetime",
                                day + " " + time)),
                        "answers",
                        answers));
    }

    @Test
    void bookRecordKeepsValidAnswersWithTheAppointment() {
        Api.Response booked = bookRecord(
                "10:00:00",
                answers("Pollen", "Dry", List.of("Neck", "Face"), true, "42.50", "2024-05-01", "Call before"));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long id = booked.data().get(0).get("record_id").asLong();

        JsonNode answers = admin.get("/locations/" + location + "/appointments/" + id)
                .data()
                .get("answers");
        assertThat(answers).hasSize(7);
        assertThat(answers.get(0).get("question").asString()).isEqualTo("Allergies?");
        assertThat(answers.get(0).get("value").asString()).isEqualTo("Pollen");
        assertThat(answers.get(0).get("questionnaire_question_id").asLong()).isEqualTo(questions.get(0));
        assertThat(answers.get(2).get("value").asString())
                .as("in the options' order")
                .isEqualTo("Face, Neck");
        assertThat(answers.get(3).get("value").asString()).isEqualTo("yes");
        assertThat(answers.get(4).get("value").asString()).isEqualTo("42.5");
        assertThat(answers.get(5).get("value").asString()).isEqualTo("2024-05-01");
    }

    @Test
    void wrongOrMissingAnswersAreRefusedNamingTheQuestionAndNothingIsWritten() {
        long before = booking.countAppointments(location);
        Api.Response missing = bookRecord("10:00:00", answers("Pollen"));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(422);
        assertThat(missing.json().get("meta").get("message").asString())
                .isEqualTo("Answer to \"First visit?\" is required");
        assertThat(missing.meta().get("errors").has("answers[" + questions.get(3) + "]"))
                .isTrue();

        Map<String, Object> cases = Map.of(
                "Skin type", answers("x", "Normal", null, true),
                "Areas", answers("x", null, List.of("Face", 3), true),
                "First visit?", answers("x", null, null, "perhaps"),
                "Age", answers("x", null, null, true, "forty"),
                "Last treatment", answers("x", null, null, true, null, "01.05.2024"),
                "Allergies?", answers(List.of("x"), null, null, true));
        cases.forEach((question, answers) -> {
            @SuppressWarnings("unchecked")
            Api.Response refused = bookRecord("10:00:00", (List<Map<String, Object>>) answers);
            assertThat(refused.status()).as(question + " " + refused).isEqualTo(422);
            assertThat(refused.json().get("meta").get("message").asString()).contains("\"" + question + "\"");
        });

        Tenant other = fixtures.tenant();
        long theirForm = Api.at(port)
                .as(other.adminA())
                .post("/locations/" + other.locationA() + "/questionnaires", QuestionnairesApiIT.intake("Theirs"))
                .data()
                .get("questions")
                .get(0)
                .get("id")
                .asLong();
        List<Map<String, Object>> foreign = new ArrayList<>(answers("x", null, null, true));
        foreign.add(Map.of("questionnaire_question_id", theirForm, "value", "x"));
        Api.Response unknown = bookRecord("10:00:00", foreign);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.meta().get("errors").has("answers[" + theirForm + "]"))
                .isTrue();
        assertThat(widget.post("/book_record/" + location, "{\"phone\": \"+49 30 1234567\", \"answers\": 7,")
                        .status())
                .isEqualTo(400);

        Api.Response staff = admin.post(
                "/locations/" + location + "/appointments",
                Map.of(
                        "staff_id", anna,
                        "services", List.of(Map.of("id", consultation)),
                        "client", Map.of("phone", "+49 30 7654321", "name", "Jonas"),
                        "datetime", day + " 12:00:00",
                        "answers", answers(null, null, null, "yes")));
        assertThat(staff.status()).as(staff.toString()).isEqualTo(422);
        assertThat(staff.json().get("meta").get("message").asString()).contains("\"Allergies?\"");

        assertThat(booking.countAppointments(location)).isEqualTo(before);
        assertThat(fixtures.db()
                        .sql("select count(*) from appointment_answers a join appointments p on p.id = a.appointment_id"
                                + " where p.location_id = :l")
                        .param("l", location)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAppointmentKeepsTheQuestionsItsClientSawAfterAnEdit() {
        long first = bookRecord("10:00:00", answers("Pollen", null, null, false))
                .data()
                .get(0)
                .get("record_id")
                .asLong();

        Api.Response edited = admin.put(
                "/locations/" + location + "/questionnaires/" + form,
                Map.of(
                        "title",
                        "Skin intake",
                        "questions",
                        List.of(Map.of("type", "text", "text", "Any allergies or medicines?", "required", true))));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.data().get("version").asInt()).isEqualTo(2);
        List<Long> v2 = ids(widget.get("/locations/" + location + "/services/" + consultation + "/questions")
                .data());
        assertThat(v2).hasSize(1).doesNotContainAnyElementsOf(questions);

        JsonNode kept = admin.get("/locations/" + location + "/appointments/" + first)
                .data()
                .get("answers");
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).get("question").asString()).isEqualTo("Allergies?");
        assertThat(kept.get(0).get("version").asInt()).isEqualTo(1);

        Api.Response second = admin.post(
                "/locations/" + location + "/appointments",
                Map.of(
                        "staff_id", anna,
                        "services", List.of(Map.of("id", consultation)),
                        "client", Map.of("phone", "+49 30 7654321", "name", "Jonas"),
                        "datetime", day + " 12:00:00",
                        "answers", List.of(Map.of("questionnaire_question_id", v2.get(0), "value", "None"))));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        JsonNode answered = second.data().get("answers");
        assertThat(answered).hasSize(1);
        assertThat(answered.get(0).get("question").asString()).isEqualTo("Any allergies or medicines?");
        assertThat(answered.get(0).get("version").asInt()).isEqualTo(2);

        // A client who loaded version 1 before the edit is still answered in version 1.
        Api.Response late = bookRecord("14:00:00", answers("Dust", null, null, "no"));
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        Api.Response mixed = bookRecord(
                "15:00:00",
                List.of(
                        Map.of("questionnaire_question_id", v2.get(0), "value", "None"),
                        Map.of("questionnaire_question_id", questions.get(3), "value", true)));
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(422);
    }

    private static List<Long> ids(JsonNode questions) {
        List<Long> ids = new ArrayList<>();
        questions.forEach(q -> ids.add(q.get("id").asLong()));
        return ids;
    }
}
