package dev.kairos.notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients who asked to be told nothing more, by the link in a message. */
@Repository
class Unsubscribes {

    private final JdbcClient db;

    Unsubscribes(JdbcClient db) {
        this.db = db;
    }

    /** A client as the unsubscribe page names them: their name, their location and its language. */
    record Subscriber(long clientId, String name, String locationTitle, String language, boolean unsubscribed) {}

    Optional<Subscriber> find(long clientId) {
        return db.sql("""
                        select c.id, c.name, l.title, l.language,
                               exists (select 1 from notification_unsubscribes u where u.client_id = c.id)
                          from clients c join locations l on l.id = c.location_id
                         where c.id = :id
                        """)
                .param("id", clientId)
                .query((rs, n) -> new Subscriber(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    void unsubscribe(long clientId, Instant at) {
        db.sql("insert into notification_unsubscribes (client_id, at) values (:id, :at) on conflict do nothing")
                .param("id", clientId)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    void resubscribe(long clientId) {
        db.sql("delete from notification_unsubscribes where client_id = :id")
                .param("id", clientId)
                .update();
    }
}
