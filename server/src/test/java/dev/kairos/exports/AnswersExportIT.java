package dev.kairos.exports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.appointments.RecordViews;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.booking.BookingFixtures;
import dev.kairos.support.Api;
import dev.kairos.support.Fixtures;
import dev.kairos.support.KairosIT;
import dev.kairos.support.Salon;
import dev.kairos.support.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The export's last column holds each appointment's answers, as text a spreadsheet never runs. */
@KairosIT
class AnswersExportIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RecordViews views;

    @Autowired
    Vocabulary words;

    @Test
    void theAnswersAreTheLastColumnAndStayText() throws Exception {
        Tenant tenant = fixtures.tenant();
        Api admin = Api.at(port).as(tenant.adminA());
        BookingFixtures booking = new BookingFixtures(fixtures.db());
        long location = tenant.locationA();
        booking.openEveryDay(location);
        long anna = booking.member(location, "Anna");
        long consultation = booking.service(location, "Consultation", 60, anna);
        JsonNode form = admin.post(
                        "/locations/" + location + "/questionnaires",
                        Map.of(
                                "title",
                                "Intake",
                                "questions",
                                List.of(
                                        Map.of("type", "text", "text", "=Allergies", "required", true),
                                        Map.of("type", "yes_no", "text", "First visit?"))))
                .data();
        admin.post(
                "/locations/" + location + "/questionnaires/" + form.get("id").asLong() + "/services",
                Map.of("service_id", consultation));
        Api.Response booked = admin.post(
                "/locations/" + location + "/appointments",
                Map.of(
                        "staff_id", anna,
                        "services", List.of(Map.of("id", consultation)),
                        "client", Map.of("phone", "+49 30 7654321", "name", "Jonas"),
                        "datetime", BookingFixtures.nextTuesday() + " 10:00:00",
                        "answers",
                                List.of(
                                        Map.of(
                                                "questionnaire_question_id",
                                                form.get("questions")
                                                        .get(0)
                                                        .get("id")
                                                        .asLong(),
                                                "value",
                                                "@SUM(A1)"),
                                        Map.of(
                                                "questionnaire_question_id",
                                                form.get("questions")
                                                        .get(1)
                                                        .get("id")
                                                        .asLong(),
                                                "value",
                                                false))));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long id = booked.data().get("id").asLong();

        byte[] bytes = new AppointmentWorkbook(Map.of(), words, Locale.ENGLISH).write(views.read(List.of(id)));
        Path file = Files.createTempFile("answers", ".xlsx");
        Files.write(file, bytes);
        List<List<String>> rows = Salon.read(file);
        int answers = rows.get(0).indexOf("Answers");
        assertThat(answers).isEqualTo(rows.get(0).size() - 1);
        assertThat(rows.get(1).get(answers)).isEqualTo("'=Allergies: @SUM(A1)\nFirst visit?: no");
        Files.delete(file);
    }
}
