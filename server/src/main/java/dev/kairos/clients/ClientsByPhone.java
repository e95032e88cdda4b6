package dev.kairos.clients;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds or creates many clients of a location by phone at once, for imports: two statements
 * however many clients. As with {@link Clients#findOrCreateByPhone}, an existing client keeps its
 * name, and the unique phone index decides between concurrent creators. The clients it creates
 * are in the activity log, one entry each.
 */
@Component
public class ClientsByPhone {

    private final JdbcClient db;
    private final ActivityLog activity;

    ClientsByPhone(JdbcClient db, ActivityLog activity) {
        this.db = db;
        this.activity = activity;
    }

    /**
     * The client id for each phone.
     *
     * @param names the name to create a client with, by phone; each 1 to 200 characters
     * @return by E.164 phone
     */
    public Map<String, Long> findOrCreate(Caller caller, long locationId, Map<PhoneNumber, String> names) {
        String[] phones = names.keySet().stream().map(PhoneNumber::e164).toArray(String[]::new);
        String[] given = names.values().toArray(String[]::new);
        List<Long> created = db.sql("""
                        insert into clients (chain_id, location_id, name, phone)
                        select l.chain_id, l.id, r.name, r.phone
                          from unnest(cast(:phones as text[]), cast(:names as text[])) as r(phone, name)
                          join locations l on l.id = :location
                        on conflict (location_id, phone) where phone <> '' and not deleted do nothing
                        returning id
                        """)
                .param("phones", phones)
                .param("names", given)
                .param("location", locationId)
                .query(Long.class)
                .list();
        activity.recordEach(locationId, caller, "created", "client", created, Map.of("source", "import"));
        Map<String, Long> ids = new HashMap<>();
        db.sql("select phone, id from clients where location_id = :location and phone = any(:phones) and not deleted")
                .param("location", locationId)
                .param("phones", phones)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        return ids;
    }
}
