package dev.kairos.clients;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.platform.SqlParams;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clients of each location. Clients are never removed: a deleted client is marked and is
 * then invisible to every method here. A phone number belongs to at most one live client per
 * location, which the database guarantees with a unique index.
 */
@Repository
public class Clients {

    private static final String SELECT = """
            select c.*, v.visits, v.first_visit, v.last_visit
              from clients c
              left join lateral (select count(*) as visits, min(a.starts_at) as first_visit, max(a.starts_at) as last_visit
                                   from appointments a
                                  where a.client_id = c.id and a.status in ('arrived', 'completed')) v on true
            """;
    /** The columns a new client is written with, by this class and by {@link ClientWriter}. */
    static final String COLUMNS = """
            chain_id, location_id, name, surname, patronymic, phone, email, gender, importance,
                                 discount, card, birth_date, comment, sms_check, sms_not, spent, balance""";

    private static final String INSERT_FROM_LOCATION = "insert into clients (" + COLUMNS + ")\n" + """
            select l.chain_id, l.id, :name, :surname, :patronymic, :phone, :email, :sex, :importance,
                   :discount, :card, :birthDate, :comment, :smsCheck, :smsNot, :spent, :balance
              from locations l
             where l.id = :location and l.chain_id = :chain
            """;
    private static final String UNLESS_PHONE_TAKEN = """
            on conflict (location_id, phone) where phone <> '' and not deleted do nothing
            returning id
            """;
    private static final String INSERT = INSERT_FROM_LOCATION + UNLESS_PHONE_TAKEN;
    /** The common tables of {@link ClientByPhone#TABLES}: the live client with the phone, or a new one, and whether it is new. */
    static final String FIND_OR_MAKE =
            """
            found as (select id from clients where location_id = :location and phone = :phone and not deleted),
            made as (""" + INSERT_FROM_LOCATION + " and not exists (select 1 from found) " + UNLESS_PHONE_TAKEN + """
            ),
            client as (select id, false as created from found union all select id, true from made)""";
    /** {@link #FIND_OR_MAKE} on its own: one statement either way. */
    private static final String FIND_OR_INSERT = "with " + FIND_OR_MAKE + "\nselect id, created from client\n";

    private final JdbcClient db;
    private final ActivityLog activity;

    Clients(JdbcClient db, ActivityLog activity) {
        this.db = db;
        this.activity = activity;
    }

    /** The live client {@code clientId} of the location; empty if it is another location's, deleted or unknown. */
    public Optional<Client> find(long locationId, long clientId) {
        return db.sql(SELECT + " where c.id = :id and c.location_id = :location and not c.deleted")
                .param("id", clientId)
                .param("location", locationId)
                .query(Clients::map)
                .optional()
                .map(c -> withCategories(List.of(c)).get(0));
    }

    /** The live clients of the location among {@code clientIds}, in id order; the others are left out. */
    public List<Client> findAll(long locationId, Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return withCategories(db.sql(SELECT + " where c.id in (:ids) and c.location_id = :location and not c.deleted"
                        + " order by c.id")
                .param("ids", clientIds)
                .param("location", locationId)
                .query(Clients::map)
                .list());
    }

    /**
     * The location's live client with this phone, created with the given name, surname and email
     * if there is none. Concurrent calls with the same phone at the same location return the same
     * client and create at most one; an existing client keeps its name and email.
     *
     * @param name required when the client has to be created
     * @param surname null for none
     * @param email null for none
     * @throws IllegalArgumentException when the location is not in the chain, or a client must be
     *     created and the name is blank or longer than 200 characters
     */
    public Client findOrCreateByPhone(
            Caller caller,
            long chainId,
            long locationId,
            PhoneNumber phone,
            String name,
            String surname,
            String email) {
        return find(locationId, findOrCreateIdByPhone(caller, chainId, locationId, phone, name, surname, email))
                .orElseThrow();
    }

    /**
     * The id of {@link #findOrCreateByPhone}'s client, in one or two statements: what booking needs
     * on its hot path, without the client's visit counts and categories. A client it creates is
     * in the activity log as created by {@code caller}.
     */
    public long findOrCreateIdByPhone(
            Caller caller,
            long chainId,
            long locationId,
            PhoneNumber phone,
            String name,
            String surname,
            String email) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            return db.sql("select id from clients where location_id = :location and phone = :phone and not deleted")
                    .param("location", locationId)
                    .param("phone", phone.e164())
                    .query(Long.class)
                    .optional()
                    .orElseThrow(
                            () -> new IllegalArgumentException("a new client needs a name of 1 to 200 characters"));
        }
        ClientByPhone wanted = new ClientByPhone(chainId, locationId, phone, name, surname, email);
        for (int attempt = 0; attempt < 3; attempt++) {
            // Empty only when another booking made the same client meanwhile (the next attempt finds it)
            // or the location is not the chain's.
            Optional<Found> found = db.sql(FIND_OR_INSERT)
                    .paramSource(wanted.params())
                    .query((rs, n) -> new Found(rs.getLong("id"), rs.getBoolean("created")))
                    .optional();
            if (found.isPresent()) {
                if (found.get().created()) {
                    recordCreated(caller, wanted, found.get().id());
                }
                return found.get().id();
            }
            if (!locationInChain(chainId, locationId)) {
                throw new IllegalArgumentException("location " + locationId + " is not in chain " + chainId);
            }
        }
        throw new IllegalStateException("client with phone " + phone + " keeps changing at location " + locationId);
    }

    /** Puts a client that {@link ClientByPhone#TABLES} made in the activity log, as made by {@code caller}. */
    public void recordCreated(Caller caller, ClientByPhone wanted, long clientId) {
        activity.record(wanted.locationId(), caller, "created", "client", clientId, wanted.created());
    }

    Optional<Client> findByPhone(long locationId, PhoneNumber phone) {
        return db.sql(SELECT + " where c.location_id = :location and c.phone = :phone and not c.deleted")
                .param("location", locationId)
                .param("phone", phone.e164())
                .query(Clients::map)
                .optional()
                .map(c -> withCategories(List.of(c)).get(0));
    }

    /** The new client's id, or empty when a live client of the location already has the phone. */
    OptionalLong insert(long chainId, long locationId, ClientFields f) {
        Optional<Long> id = db.sql(INSERT)
                .paramSource(SqlParams.of(f).addValue("chain", chainId).addValue("location", locationId))
                .query(Long.class)
                .optional();
        id.ifPresent(clientId -> link(clientId, f.categories()));
        return id.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    void update(long locationId, long clientId, ClientFields f) {
        db.sql("""
                        update clients set name = :name, surname = :surname, patronymic = :patronymic, phone = :phone,
                               email = :email, gender = :sex, importance = :importance, discount = :discount, card = :card,
                               birth_date = :birthDate, comment = :comment, sms_check = :smsCheck, sms_not = :smsNot,
                               spent = :spent, balance = :balance, updated_at = now()
                         where id = :id and location_id = :location and not deleted
                        """)
                .paramSource(SqlParams.of(f).addValue("id", clientId).addValue("location", locationId))
                .update();
        if (f.categories() != null) {
            db.sql("delete from client_category_links where client_id = :id")
                    .param("id", clientId)
                    .update();
            link(clientId, f.categories());
        }
    }

    /** Marks the client deleted; false if it was not a live client of the location. */
    boolean delete(long locationId, long clientId) {
        return db.sql(
                                "update clients set deleted = true, updated_at = now() where id = :id and location_id = :location and not deleted")
                        .param("id", clientId)
                        .param("location", locationId)
                        .update()
                == 1;
    }

    /** One page of the clients {@code criteria} selects, and how many it selects in all. */
    ClientPage search(ClientCriteria criteria, ClientOrder order, int page, int size) {
        long total = db.sql("select count(*) from clients c where " + criteria.where())
                .paramSource(criteria.params())
                .query(Long.class)
                .single();
        List<Client> clients = db.sql(SELECT + " where " + criteria.where() + " order by " + order.orderBy()
                        + " limit :limit offset :offset")
                .paramSource(criteria.params().addValue("limit", size).addValue("offset", (long) (page - 1) * size))
                .query(Clients::map)
                .list();
        return new ClientPage(withCategories(clients), total);
    }

    /** The ids among {@code categoryIds} that are not live categories of the location. */
    List<Long> unknownCategories(long locationId, List<Long> categoryIds) {
        if (categoryIds == null || categoryIds.isEmpty()) {
            return List.of();
        }
        List<Long> known = db.sql(
                        "select id from client_categories where location_id = :location and id in (:ids) and not deleted")
                .param("location", locationId)
                .param("ids", categoryIds)
                .query(Long.class)
                .list();
        return categoryIds.stream().filter(id -> !known.contains(id)).toList();
    }

    /** The location's live client tags, by title. */
    List<Client.Category> tags(long locationId) {
        return db.sql("""
                        select id, title, color from client_categories
                         where location_id = :location and not deleted order by lower(title), id""")
                .param("location", locationId)
                .query((rs, n) -> new Client.Category(rs.getLong("id"), rs.getString("title"), rs.getString("color")))
                .list();
    }

    record ClientPage(List<Client> clients, long total) {}

    private record Found(long id, boolean created) {}

    private void link(long clientId, List<Long> categoryIds) {
        for (Long category : categoryIds == null ? List.<Long>of() : categoryIds) {
            db.sql(
                            "insert into client_category_links (client_id, category_id) values (:client, :category) on conflict do nothing")
                    .param("client", clientId)
                    .param("category", category)
                    .update();
        }
    }

    private boolean locationInChain(long chainId, long locationId) {
        return db.sql("select exists (select 1 from locations where id = :location and chain_id = :chain)")
                .param("location", locationId)
                .param("chain", chainId)
                .query(Boolean.class)
                .single();
    }

    private List<Client> withCategories(List<Client> clients) {
        if (clients.isEmpty()) {
            return clients;
        }
        Map<Long, List<Client.Category>> byClient = new HashMap<>();
        db.sql("""
                        select l.client_id, k.id, k.title, k.color
                          from client_category_links l join client_categories k on k.id = l.category_id
                         where l.client_id in (:ids) and not k.deleted
                         order by k.id
                        """)
                .param("ids", clients.stream().map(Client::id).toList())
                .query((rs, n) -> byClient.computeIfAbsent(rs.getLong("client_id"), k -> new ArrayList<>())
                        .add(new Client.Category(rs.getLong("id"), rs.getString("title"), rs.getString("color"))))
                .list();
        return clients.stream()
                .map(c -> c.withCategories(byClient.getOrDefault(c.id(), List.of())))
                .toList();
    }

    private static Client map(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone");
        return new Client(
                rs.getLong("id"),
                rs.getLong("chain_id"),
                rs.getLong("location_id"),
                rs.getString("name"),
                rs.getString("surname"),
                rs.getString("patronymic"),
                phone.isEmpty() ? null : PhoneNumber.stored(phone),
                rs.getString("email"),
                Client.Sex.ofId(rs.getInt("gender")),
                rs.getInt("importance"),
                rs.getBigDecimal("discount"),
                rs.getString("card"),
                rs.getObject("birth_date", java.time.LocalDate.class),
                rs.getString("comment"),
                rs.getBoolean("sms_check"),
                rs.getBoolean("sms_not"),
                rs.getBigDecimal("spent"),
                rs.getBigDecimal("balance"),
                rs.getLong("visits"),
                instant(rs.getTimestamp("first_visit")),
                instant(rs.getTimestamp("last_visit")),
                instant(rs.getTimestamp("updated_at")),
                List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
