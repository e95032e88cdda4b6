package dev.kairos.questionnaires;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questionnaires, their versions and questions, and which service asks which: each query as SQL. */
@Repository
class Forms {

    private final JdbcClient db;

    Forms(JdbcClient db) {
        this.db = db;
    }

    /** A questionnaire's own row with its current version. */
    record Form(
            long id,
            long locationId,
            String title,
            long versionId,
            int version,
            Instant createdAt,
            Instant updatedAt) {}

    /** A question with the version it belongs to. */
    record Placed(Question question, long questionnaireId, long versionId, int version) {}

    private static final String FORM = """
            select q.id, q.location_id, q.title, q.created_at, q.updated_at, v.id as version_id, v.version
              from questionnaires q join questionnaire_versions v on v.questionnaire_id = q.id and v.current
             where q.deleted_at is null""";

    Optional<Form> find(long id) {
        return db.sql(FORM + " and q.id = :id")
                .param("id", id)
                .query(Forms::form)
                .optional();
    }

    List<Form> list(long locationId) {
        return db.sql(FORM + " and q.location_id = :l order by q.title, q.id")
                .param("l", locationId)
                .query(Forms::form)
                .list();
    }

    /** Locks the questionnaire against a concurrent edit; empty when it is not (or no longer) there. */
    Optional<Form> lock(long id) {
        db.sql("select id from questionnaires where id = :id and deleted_at is null for update")
                .param("id", id)
                .query(Long.class)
                .optional();
        return find(id);
    }

    long insert(long locationId, String title, List<FormRules.Clean> questions, Instant now) {
        long id = db.sql("""
                        insert into questionnaires (location_id, title, created_at, updated_at)
                        values (:l, :t, :now, :now) returning id""")
                .param("l", locationId)
                .param("t", title)
                .param("now", utc(now))
                .query(Long.class)
                .single();
        addVersion(id, 1, questions, now);
        return id;
    }

    void rename(long id, String title, Instant now) {
        db.sql("update questionnaires set title = :t, updated_at = :now where id = :id")
                .param("t", title)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    /** Makes {@code version} the current one, with these questions. */
    void addVersion(long questionnaireId, int version, List<FormRules.Clean> questions, Instant now) {
        db.sql("update questionnaire_versions set current = false where questionnaire_id = :q and current")
                .param("q", questionnaireId)
                .update();
        long versionId = db.sql("""
                        insert into questionnaire_versions (questionnaire_id, version, current, created_at)
                        values (:q, :v, true, :now) returning id""")
                .param("q", questionnaireId)
                .param("v", version)
                .param("now", utc(now))
                .query(Long.class)
                .single();
        insertQuestions(versionId, questions);
    }

    /** Rewrites a version nobody has answered yet. */
    void replaceQuestions(long versionId, List<FormRules.Clean> questions) {
        db.sql("delete from questionnaire_questions where version_id = :v")
                .param("v", versionId)
                .update();
        insertQuestions(versionId, questions);
    }

    private void insertQuestions(long versionId, List<FormRules.Clean> questions) {
        for (int i = 0; i < questions.size(); i++) {
            FormRules.Clean q = questions.get(i);
            db.sql("""
                            insert into questionnaire_questions (version_id, position, kind, text, help, required, options)
                            values (:v, :p, :k, :t, :h, :r, :o)""")
                    .param("v", versionId)
                    .param("p", i + 1)
                    .param("k", q.type().wireName())
                    .param("t", q.text())
                    .param("h", q.help())
                    .param("r", q.required())
                    .param("o", q.options().toArray(String[]::new))
                    .update();
        }
    }

    boolean answered(long versionId) {
        return db.sql("""
                        select exists (select 1 from appointment_answers a
                                         join questionnaire_questions q on q.id = a.question_id
                                        where q.version_id = :v)""").param("v", versionId).query(Boolean.class).single();
    }

    /** Removes the questionnaire from use: no service asks it any more; its answers stay readable. */
    void delete(long id, Instant now) {
        db.sql("delete from service_questionnaires where questionnaire_id = :id")
                .param("id", id)
                .update();
        db.sql("update questionnaires set deleted_at = :now where id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    List<Question> questions(long versionId) {
        return db.sql("select * from questionnaire_questions where version_id = :v order by position")
                .param("v", versionId)
                .query((rs, i) -> question(rs))
                .list();
    }

    /** The questions with these ids, wherever they are; unknown ids are left out. */
    List<Placed> placed(List<Long> ids) {
        return db.sql("""
                        select q.*, v.questionnaire_id, v.version
                          from questionnaire_questions q join questionnaire_versions v on v.id = q.version_id
                         where q.id = any(:ids)""")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> new Placed(
                        question(rs), rs.getLong("questionnaire_id"), rs.getLong("version_id"), rs.getInt("version")))
                .list();
    }

    List<Long> serviceIds(long questionnaireId) {
        return db.sql("select service_id from service_questionnaires where questionnaire_id = :q order by service_id")
                .param("q", questionnaireId)
                .query(Long.class)
                .list();
    }

    /** The questionnaire each of these services asks, as pairs {service, questionnaire}. */
    List<long[]> attached(List<Long> serviceIds) {
        return db.sql("select service_id, questionnaire_id from service_questionnaires where service_id = any(:s)")
                .param("s", serviceIds.toArray(Long[]::new))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** A service of the location, for the page's choice: {@code questionnaireId} null when it asks none. */
    record ServiceChoice(long id, String title, Long questionnaireId) {}

    List<ServiceChoice> services(long locationId) {
        return db.sql("""
                        select s.id, s.title, sq.questionnaire_id from services s
                          left join service_questionnaires sq on sq.service_id = s.id
                         where s.location_id = :l and not s.deleted order by s.title, s.id""")
                .param("l", locationId)
                .query((rs, i) -> new ServiceChoice(
                        rs.getLong("id"), rs.getString("title"), (Long) rs.getObject("questionnaire_id")))
                .list();
    }

    boolean serviceAt(long serviceId, long locationId) {
        return db.sql("select exists (select 1 from services where id = :s and location_id = :l)")
                .param("s", serviceId)
                .param("l", locationId)
                .query(Boolean.class)
                .single();
    }

    void attach(long serviceId, long questionnaireId) {
        db.sql("""
                        insert into service_questionnaires (service_id, questionnaire_id) values (:s, :q)
                        on conflict (service_id) do update set questionnaire_id = excluded.questionnaire_id""").param("s", serviceId).param("q", questionnaireId).update();
    }

    void detach(long serviceId) {
        db.sql("delete from service_questionnaires where service_id = :s")
                .param("s", serviceId)
                .update();
    }

    private static Form form(ResultSet rs, int row) throws SQLException {
        return new Form(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getString("title"),
                rs.getLong("version_id"),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Question question(ResultSet rs) throws SQLException {
        Array options = rs.getArray("options");
        return new Question(
                rs.getLong("id"),
                rs.getInt("position"),
                rs.getString("kind"),
                rs.getString("text"),
                rs.getString("help"),
                rs.getBoolean("required"),
                List.copyOf(Arrays.asList((String[]) options.getArray())));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
