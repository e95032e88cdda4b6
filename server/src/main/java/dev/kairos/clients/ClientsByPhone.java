package dev.kairos.clients;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds or creates many clients of a location by phone at once, for imports: two statements
 * however many clients. As with {@link Clients#findOrCreateByPhone}, an existing client keeps its
 * name, and the unique phone index decides between concurrent creators.
 */
@Component
public class ClientsByPhone {

    private final JdbcClient db;

    ClientsByPhone(JdbcClient db) {
        this.db = db;
    }

    /**
     * The client id for each phone.
     *
     * @param names the name to create a client with, by phone; each 1 to 200 characters
     * @return by E.164 phone
     */
    public Map<String, Long> findOrCreate(long locationId, Map<PhoneNumber, String> names) {
        String[] phones = names.keySet().stream().map(PhoneNumber::e164).toArray(String[]::new);
        String[] given = names.values().toArray(String[]::new);
        db.sql("""
                        insert into clients (chain_id, location_id, name, phone)
                        select l.chain_id, l.id, r.name, r.phone
                          from unnest(cast(:phones as text[]), cast(:names as text[])) as r(phone, name)
                          join locations l on l.id = :location
                        on conflict (location_id, phone) where phone <> '' and not deleted do nothing
                        """)
                .param("phones", phones)
                .param("names", given)
                .param("location", locationId)
                .update();
        Map<String, Long> ids = new HashMap<>();
        db.sql("select phone, id from clients where location_id = :location and phone = any(:phones) and not deleted")
                .param("location", locationId)
                .param("phones", phones)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        return ids;
    }
}
