package dev.kairos.questionnaires;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.RefusalCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The answers a booking carries: checked against the questionnaires its services ask, before the
 * booking; stored with the appointment, in its transaction; read back for the record, the admin
 * pages and the export. Answers name the questions of the version the client saw: the current one,
 * or an earlier one of the same questionnaire (a form edited while the client filled it in).
 */
@Service
public class Intake {

    private final Forms forms;
    private final JdbcClient db;

    Intake(Forms forms, JdbcClient db) {
        this.forms = forms;
        this.db = db;
    }

    /** What the answers came to. */
    public sealed interface Checked {}

    /** Answers that may be stored: the value of each question answered, with its questionnaire. */
    public record Accepted(List<Kept> answers) implements Checked {

        public static final Accepted NONE = new Accepted(List.of());
    }

    /** One answer to keep. */
    public record Kept(long questionnaireId, long questionId, String value) {}

    /** Refused: every fault, each naming its question. */
    public record Rejected(List<AnswerFault> faults) implements Checked {

        /**
         * The refusal for the API: the first fault as the message, each by its field; a page says
         * each in the words of the booking page's answers.
         */
        public Refusal refusal() {
            Map<String, List<Fault>> fields = new LinkedHashMap<>();
            faults.forEach(f ->
                    fields.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(fault(f)));
            return new Refusal(RefusalCode.INVALID, fault(faults.get(0)), fields, null);
        }

        private static Fault fault(AnswerFault f) {
            return Fault.of(f.kind().key(), f.message());
        }
    }

    /**
     * Reads the answers against the questionnaires of these services (of one location: the caller
     * has checked that). A question of any other questionnaire is unknown.
     */
    public Checked check(List<Long> serviceIds, List<Answer> answers) {
        List<Answer> given = answers == null ? List.of() : answers;
        Set<Long> asked = new HashSet<>();
        forms.attached(serviceIds).forEach(pair -> asked.add(pair[1]));
        List<AnswerFault> faults = new ArrayList<>();
        Map<Long, Object> values = new LinkedHashMap<>();
        for (Answer a : given) {
            if (a == null || a.questionnaireQuestionId() == null) {
                faults.add(new AnswerFault(null, null, AnswerFault.Kind.UNKNOWN));
            } else if (values.containsKey(a.questionnaireQuestionId())) {
                faults.add(new AnswerFault(a.questionnaireQuestionId(), null, AnswerFault.Kind.TWICE));
            } else {
                values.put(a.questionnaireQuestionId(), a.value());
            }
        }
        Map<Long, Long> versionOf = versions(asked, values.keySet(), faults);
        if (!faults.isEmpty()) {
            return new Rejected(faults);
        }
        List<Kept> kept = new ArrayList<>();
        for (long questionnaire : asked) {
            Long version = versionOf.get(questionnaire);
            Long versionId = version != null
                    ? version
                    : forms.find(questionnaire).map(Forms.Form::versionId).orElse(null);
            if (versionId == null) {
                continue;
            }
            for (Question q : forms.questions(versionId)) {
                AnswerRules.Read read = AnswerRules.read(q, values.get(q.id()));
                if (read instanceof AnswerRules.Fault fault) {
                    faults.add(new AnswerFault(q.id(), q.text(), fault.kind()));
                } else if (((AnswerRules.Value) read).stored() != null) {
                    kept.add(new Kept(questionnaire, q.id(), ((AnswerRules.Value) read).stored()));
                }
            }
        }
        return faults.isEmpty() ? new Accepted(kept) : new Rejected(faults);
    }

    /** The version each questionnaire was answered in, by questionnaire; faults for ids no service asks. */
    private Map<Long, Long> versions(Set<Long> asked, Set<Long> answered, List<AnswerFault> faults) {
        Map<Long, Long> versionOf = new HashMap<>();
        if (answered.isEmpty()) {
            // Most bookings answer nothing: no statement to look up no questions.
            return versionOf;
        }
        Map<Long, Forms.Placed> found = new HashMap<>();
        forms.placed(List.copyOf(answered)).forEach(p -> found.put(p.question().id(), p));
        for (long id : answered) {
            Forms.Placed p = found.get(id);
            if (p == null || !asked.contains(p.questionnaireId())) {
                faults.add(new AnswerFault(id, null, AnswerFault.Kind.UNKNOWN));
                continue;
            }
            Long before = versionOf.putIfAbsent(p.questionnaireId(), p.versionId());
            if (before != null && before != p.versionId()) {
                faults.add(new AnswerFault(id, p.question().text(), AnswerFault.Kind.MIXED_VERSIONS));
            }
        }
        return versionOf;
    }

    /**
     * Stores the answers to the questionnaires these services ask with the appointment; call in
     * the booking's transaction.
     */
    public void store(long appointmentId, List<Long> serviceIds, Accepted accepted) {
        // Nothing to store: the booking's transaction reads nothing here (most bookings answer no questions).
        if (accepted.answers().isEmpty()) {
            return;
        }
        Set<Long> asked = new HashSet<>();
        forms.attached(serviceIds).forEach(pair -> asked.add(pair[1]));
        // An edit locks its questionnaire for update: held for share until this booking commits, it
        // sees these answers and makes a new version rather than rewriting the questions answered.
        db.sql("select id from questionnaires where id = any(:ids) order by id for share")
                .param("ids", asked.toArray(Long[]::new))
                .query(Long.class)
                .list();
        List<Long> answered = accepted.answers().stream().map(Kept::questionId).toList();
        if (forms.placed(answered).size() != answered.size()) {
            throw Refusal.conflict(Fault.of(
                            "refusal.questionnaire.changed",
                            "The questionnaire changed while it was being answered; load the questions again"))
                    .exception();
        }
        for (Kept k : accepted.answers()) {
            if (asked.contains(k.questionnaireId())) {
                db.sql("insert into appointment_answers (appointment_id, question_id, value) values (:a, :q, :v)")
                        .param("a", appointmentId)
                        .param("q", k.questionId())
                        .param("v", k.value())
                        .update();
            }
        }
    }

    /** The answers of each appointment that has any, in the questions' order. */
    public Map<Long, List<AnswerView>> of(List<Long> appointmentIds) {
        Map<Long, List<AnswerView>> answers = new HashMap<>();
        if (appointmentIds.isEmpty()) {
            return answers;
        }
        db.sql("""
                        select a.appointment_id, a.value, q.id, q.text, q.kind, v.questionnaire_id, v.version
                          from appointment_answers a
                          join questionnaire_questions q on q.id = a.question_id
                          join questionnaire_versions v on v.id = q.version_id
                         where a.appointment_id = any(:ids)
                         order by a.appointment_id, v.questionnaire_id, q.position""").param("ids", appointmentIds.toArray(Long[]::new)).query(rs -> {
            answers.computeIfAbsent(rs.getLong("appointment_id"), k -> new ArrayList<>())
                    .add(new AnswerView(
                            rs.getLong("id"),
                            rs.getLong("questionnaire_id"),
                            rs.getInt("version"),
                            rs.getString("text"),
                            rs.getString("kind"),
                            rs.getString("value").replace("\n", ", ")));
        });
        return answers;
    }

    /** The answers of one appointment, empty when none. */
    public List<AnswerView> of(long appointmentId) {
        return of(List.of(appointmentId)).getOrDefault(appointmentId, List.of());
    }
}
