package dev.kairos.visits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payments received in bulk into the cash register each names: an Excel import's, and the demo
 * data's. The caller has checked that each amount is what the appointment's services cost after
 * discounts, so the cashier's one-at-a-time rules (never more refunded than paid) hold trivially.
 */
@Component
public class ImportedPayments {

    private final JdbcClient db;
    private final CashRegisters registers;

    ImportedPayments(JdbcClient db, CashRegisters registers) {
        this.db = db;
        this.registers = registers;
    }

    /** Money received for an appointment at {@code at}; {@code amount} above zero. */
    public record Received(long appointmentId, long accountId, BigDecimal amount, Instant at, String comment) {}

    /** Opens a cash register ({@code cash}) or another account, such as a card terminal; returns its id. */
    public long openRegister(long locationId, String title, boolean cash) {
        return registers.insert(locationId, title, cash, "");
    }

    /** The ids of the location's live cash registers and accounts. */
    public Set<Long> registers(long locationId) {
        return registers.atLocation(locationId).stream().map(Account::id).collect(Collectors.toSet());
    }

    /** Receives the payments and returns their ids, in the order given. */
    public List<Long> receiveAll(long locationId, Long userId, List<Received> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                        with payment as (
                            insert into payment_transactions (location_id, appointment_id, visit_id, account_id, client_id, amount,
                                                              comment, user_id, created_at)
                            select a.location_id, a.id, a.visit_id, r.account, a.client_id, r.amount, r.comment, :user, r.at
                              from unnest(cast(:appointments as bigint[]), cast(:accounts as bigint[]), cast(:amounts as numeric[]),
                                          cast(:ats as timestamptz[]), cast(:comments as text[]))
                                   with ordinality as r(appointment, account, amount, at, comment, n)
                              join appointments a on a.id = r.appointment and a.location_id = :location
                             order by r.n
                            returning id, appointment_id, amount),
                        paid as (
                            update appointments a set paid_amount = a.paid_amount + p.amount
                              from (select appointment_id, sum(amount) as amount from payment group by appointment_id) p
                             where a.id = p.appointment_id)
                        select id from payment order by id
                        """)
                .param("location", locationId)
                .param("user", userId)
                .param("ats", payments.stream().map(p -> p.at().toString()).toArray(String[]::new))
                .param("comments", payments.stream().map(Received::comment).toArray(String[]::new))
                .param(
                        "appointments",
                        payments.stream().map(Received::appointmentId).toArray(Long[]::new))
                .param("accounts", payments.stream().map(Received::accountId).toArray(Long[]::new))
                .param("amounts", payments.stream().map(Received::amount).toArray(BigDecimal[]::new))
                .query(Long.class)
                .list();
    }
}
