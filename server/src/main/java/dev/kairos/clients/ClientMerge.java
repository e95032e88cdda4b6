package dev.kairos.clients;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Caller;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges duplicate clients of a location into the one kept: everything that names a duplicate
 * (appointments, visits, payments, walk-ins, tags, an unsubscribe) moves to the kept client, whose
 * spent and balance take on the duplicates' own, and the duplicates are marked deleted and merged
 * into it. A booking for a duplicate that races the merge lands on the kept client (V166's trigger
 * waits for the merge's row locks).
 */
@Component
class ClientMerge {

    static final int MAX_DUPLICATES = 100;

    /** The tables whose rows name a client and move to the kept one, each statement written out. */
    private static final List<String> MOVES = List.of(
            "update appointments set client_id = :kept where client_id in (:dups)",
            "update visits set client_id = :kept where client_id in (:dups)",
            "update payment_transactions set client_id = :kept where client_id in (:dups)",
            "update walk_in_visits set client_id = :kept where client_id in (:dups)",
            """
            insert into client_category_links (client_id, category_id)
            select distinct :kept, category_id from client_category_links where client_id in (:dups)
            on conflict do nothing""",
            "delete from client_category_links where client_id in (:dups)",
            """
            insert into notification_unsubscribes (client_id, at)
            select :kept, min(at) from notification_unsubscribes where client_id in (:dups) having count(*) > 0
            on conflict do nothing""",
            "delete from notification_unsubscribes where client_id in (:dups)");

    private final JdbcClient db;
    private final Clients clients;
    private final ActivityLog activity;

    ClientMerge(JdbcClient db, Clients clients, ActivityLog activity) {
        this.db = db;
        this.clients = clients;
        this.activity = activity;
    }

    /** What a merge came to: the kept client as it now is, or why nothing was merged. */
    sealed interface Outcome {
        record Merged(Client kept, List<Long> merged, long appointments) implements Outcome {}

        record Refused(Refusal refusal) implements Outcome {}
    }

    /**
     * Merges {@code duplicates} into {@code keptId}, all live clients of the location, in one
     * transaction; nothing changes when any of them is not.
     */
    @Transactional
    Outcome merge(Caller caller, long locationId, long keptId, List<Long> duplicates) {
        Optional<Refusal> bad = problems(keptId, duplicates);
        if (bad.isPresent()) {
            return new Outcome.Refused(bad.get());
        }
        List<Long> all = new ArrayList<>(duplicates);
        all.add(keptId);
        List<Long> locked = db.sql("""
                        select id from clients where id in (:ids) and location_id = :location and not deleted
                         order by id for update""")
                .param("ids", all)
                .param("location", locationId)
                .query(Long.class)
                .list();
        if (locked.size() != all.size()) {
            List<Long> unknown =
                    all.stream().filter(id -> !locked.contains(id)).sorted().toList();
            return new Outcome.Refused(Refusal.notFound("Client " + unknown));
        }
        long appointments = db.sql("select count(*) from appointments where client_id in (:dups)")
                .param("dups", duplicates)
                .query(Long.class)
                .single();
        for (String move : MOVES) {
            db.sql(move).param("kept", keptId).param("dups", duplicates).update();
        }
        db.sql("""
                        update clients k set spent = k.spent + d.spent, balance = k.balance + d.balance, updated_at = now()
                          from (select coalesce(sum(spent), 0) as spent, coalesce(sum(balance), 0) as balance
                                  from clients where id in (:dups)) d
                         where k.id = :kept""").param("kept", keptId).param("dups", duplicates).update();
        // Earlier merges into a duplicate now point at the kept client, so one step always reaches a live one.
        db.sql("update clients set merged_into = :kept where merged_into in (:dups)")
                .param("kept", keptId)
                .param("dups", duplicates)
                .update();
        db.sql("update clients set deleted = true, merged_into = :kept, updated_at = now() where id in (:dups)")
                .param("kept", keptId)
                .param("dups", duplicates)
                .update();
        normalisePhone(locationId, keptId);
        activity.record(
                locationId,
                caller,
                "merged",
                "client",
                keptId,
                Map.of("merged", List.copyOf(duplicates), "appointments", appointments));
        activity.recordEach(locationId, caller, "merged_into", "client", duplicates, Map.of("into", keptId));
        return new Outcome.Merged(
                clients.find(locationId, keptId).orElseThrow(), List.copyOf(duplicates), appointments);
    }

    /**
     * The location's live clients whose phones are one number written two ways (a national trunk
     * zero kept after the country code, say), in groups of two or more, oldest first.
     */
    List<List<Client>> phoneGroups(long locationId) {
        // The last eight digits of one number agree however it is written; only those candidates are read.
        Map<String, List<Long>> byNumber = new LinkedHashMap<>();
        db.sql("""
                        select id, phone from clients
                         where location_id = :location and not deleted and phone <> ''
                           and right(phone, 8) in (select right(phone, 8) from clients
                                                    where location_id = :location and not deleted and phone <> ''
                                                    group by right(phone, 8) having count(*) > 1)
                         order by id""")
                .param("location", locationId)
                .query((rs, n) -> byNumber.computeIfAbsent(normalised(rs.getString("phone")), k -> new ArrayList<>())
                        .add(rs.getLong("id")))
                .list();
        return byNumber.values().stream()
                .filter(ids -> ids.size() > 1)
                .map(ids -> clients.findAll(locationId, ids))
                .filter(group -> group.size() > 1)
                .toList();
    }

    private static String normalised(String stored) {
        return PhoneNumber.parse(stored, null).map(PhoneNumber::e164).orElse(stored);
    }

    /** The kept client's phone in its normal form, unless another live client already has that form. */
    private void normalisePhone(long locationId, long keptId) {
        db.sql("select phone from clients where id = :id")
                .param("id", keptId)
                .query(String.class)
                .optional()
                .filter(phone -> !phone.isEmpty() && !normalised(phone).equals(phone))
                .ifPresent(phone -> db.sql("""
                                update clients set phone = :normal where id = :id
                                   and not exists (select 1 from clients where location_id = :location
                                                      and phone = :normal and not deleted)""")
                        .param("normal", normalised(phone))
                        .param("id", keptId)
                        .param("location", locationId)
                        .update());
    }

    private static Optional<Refusal> problems(long keptId, List<Long> duplicates) {
        if (duplicates == null || duplicates.isEmpty()) {
            return Optional.of(
                    Refusal.invalid("client_ids", Fault.of("fault.merge.none", "name at least one client to merge")));
        }
        if (duplicates.size() > MAX_DUPLICATES) {
            return Optional.of(Refusal.invalid(
                    "client_ids",
                    Fault.of("fault.merge.too-many", "name at most " + MAX_DUPLICATES + " clients", MAX_DUPLICATES)));
        }
        if (duplicates.stream().anyMatch(id -> id == null || id <= 0)) {
            return Optional.of(Refusal.invalid("client_ids", Fault.of("fault.merge.ids", "must be client ids")));
        }
        if (duplicates.contains(keptId)) {
            return Optional.of(
                    Refusal.invalid("client_ids", Fault.of("fault.merge.kept", "must not name the client kept")));
        }
        if (duplicates.stream().distinct().count() != duplicates.size()) {
            return Optional.of(
                    Refusal.invalid("client_ids", Fault.of("fault.merge.twice", "must not name a client twice")));
        }
        return Optional.empty();
    }
}
