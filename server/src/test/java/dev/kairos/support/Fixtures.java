package dev.kairos.support;

import dev.kairos.auth.Accounts;
import dev.kairos.auth.Right;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Makes tenants for tests directly in the database, fast and isolated by fresh ids. */
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final JdbcClient db;
    private final Accounts accounts;

    Fixtures(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    public Tenant tenant() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long chain = db.sql("insert into chains (title) values (:t) returning id")
                .param("t", "Chain " + tag)
                .query(Long.class)
                .single();
        long a = location(chain, "Salon A " + tag, "Europe/Berlin");
        long b = location(chain, "Salon B " + tag, "America/New_York");
        long adminRole = accounts.createRole(chain, "Administrator", EnumSet.allOf(Right.class));
        long viewerRole = accounts.createRole(
                chain, "Viewer", EnumSet.of(Right.VIEW_RECORDS, Right.VIEW_CLIENTS, Right.SEE_FINANCES));
        String partner = accounts.createPartnerToken(chain, "Tests " + tag);
        var owner = accounts.createOwner(chain, "owner-" + tag + "@example.com", PASSWORD, "Owner " + tag);
        var admin = accounts.createUser(
                chain, "admin-" + tag + "@example.com", PASSWORD, "Admin " + tag, false, Map.of(a, adminRole));
        var viewer = accounts.createUser(
                chain, "viewer-" + tag + "@example.com", PASSWORD, "Viewer " + tag, false, Map.of(a, viewerRole));
        return new Tenant(
                chain,
                a,
                b,
                new Tenant.Login(partner, owner.userToken(), owner.userId(), owner.login(), PASSWORD),
                new Tenant.Login(partner, admin.userToken(), admin.userId(), admin.login(), PASSWORD),
                new Tenant.Login(partner, viewer.userToken(), viewer.userId(), viewer.login(), PASSWORD),
                new Tenant.Login(partner, null, 0, null, null),
                partner);
    }

    private long location(long chain, String title, String zone) {
        long id = db.sql("insert into locations (chain_id, title, time_zone) values (:c, :t, :z) returning id")
                .param("c", chain)
                .param("t", title)
                .param("z", zone)
                .query(Long.class)
                .single();
        for (int day = 1; day <= 6; day++) {
            db.sql(
                            "insert into location_hours (location_id, day_of_week, opens_at, closes_at) values (:l, :d, '09:00', '20:00')")
                    .param("l", id)
                    .param("d", day)
                    .update();
        }
        return id;
    }

    /** A user of the tenant's chain holding exactly {@code rights} at one location. */
    public Tenant.Login user(Tenant tenant, long locationId, Right first, Right... more) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long role = accounts.createRole(tenant.chainId(), "Role " + tag, EnumSet.of(first, more));
        var user = accounts.createUser(
                tenant.chainId(),
                "user-" + tag + "@example.com",
                PASSWORD,
                "User " + tag,
                false,
                Map.of(locationId, role));
        return new Tenant.Login(tenant.partnerToken(), user.userToken(), user.userId(), user.login(), PASSWORD);
    }

    /** Counts rows of a table, to prove a refused request changed nothing. */
    public long count(String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }

    public JdbcClient db() {
        return db;
    }
}
