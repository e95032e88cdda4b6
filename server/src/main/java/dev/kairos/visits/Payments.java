package dev.kairos.visits;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payment_transactions table: payments and refunds per appointment, never removed. */
@Repository
class Payments {

    private static final String SELECT = """
            select p.*, case when p.deleted then coalesce(p.deleted_at, p.created_at) end as deleted_when, a.title, a.is_cash, a.comment as account_comment
              from payment_transactions p join accounts a on a.id = p.account_id
            """;

    private final JdbcClient db;

    Payments(JdbcClient db) {
        this.db = db;
    }

    /** A payment to insert. */
    record New(
            long locationId,
            long appointmentId,
            Long visitId,
            long accountId,
            Long clientId,
            BigDecimal amount,
            String comment,
            Long userId,
            Instant at) {}

    /** Inserts the payment and adds its amount to the appointment's {@code paid_amount}, in one statement. */
    long insert(New p) {
        return db.sql("""
                        with payment as (
                            insert into payment_transactions (location_id, appointment_id, visit_id, account_id, client_id, amount,
                                                              comment, user_id, created_at)
                            values (:location, :appointment, :visit, :account, :client, :amount, :comment, :user, :at)
                            returning id, appointment_id, amount),
                        paid as (
                            update appointments a set paid_amount = a.paid_amount + payment.amount
                              from payment where a.id = payment.appointment_id)
                        select id from payment
                        """)
                .param("location", p.locationId())
                .param("appointment", p.appointmentId())
                .param("visit", p.visitId())
                .param("account", p.accountId())
                .param("client", p.clientId())
                .param("amount", p.amount())
                .param("comment", p.comment())
                .param("user", p.userId())
                .param("at", utc(p.at()))
                .query(Long.class)
                .single();
    }

    /** The location's payment, deleted or not. */
    Optional<Payment> find(long locationId, long id) {
        return db.sql(SELECT + " where p.id = :id and p.location_id = :location")
                .param("id", id)
                .param("location", locationId)
                .query(Payments::map)
                .optional();
    }

    /** The location's payments among {@code ids}, deleted ones too, oldest first. */
    List<Payment> ofLocation(long locationId, Collection<Long> ids) {
        return db.sql(SELECT + " where p.id in (:ids) and p.location_id = :location order by p.id")
                .param("ids", ids)
                .param("location", locationId)
                .query(Payments::map)
                .list();
    }

    /** The payments and refunds of the client at the location that count, newest first. */
    List<Payment> ofClient(long locationId, long clientId) {
        return db.sql(SELECT + " where p.client_id = :client and p.location_id = :location and not p.deleted"
                        + " order by p.created_at desc, p.id desc")
                .param("client", clientId)
                .param("location", locationId)
                .query(Payments::map)
                .list();
    }

    /** Every payment of the appointments, deleted ones too, oldest first. */
    List<Payment> of(Collection<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return List.of();
        }
        return db.sql(SELECT + " where p.appointment_id in (:ids) order by p.id")
                .param("ids", appointmentIds)
                .query(Payments::map)
                .list();
    }

    /**
     * What has been paid for the appointment and not refunded, deleted payments aside: the amount
     * every payment write keeps on the appointment.
     */
    BigDecimal paid(long appointmentId) {
        return db.sql("select paid_amount from appointments where id = :id")
                .param("id", appointmentId)
                .query(BigDecimal.class)
                .single();
    }

    /** What the appointment's services cost after discounts, less what was paid; zero or more (both kept on the appointment). */
    BigDecimal outstanding(long appointmentId) {
        return db.sql("select greatest(services_cost - paid_amount, 0) from appointments where id = :id")
                .param("id", appointmentId)
                .query(BigDecimal.class)
                .single();
    }

    /** Marks the payment deleted and takes its amount off the appointment's {@code paid_amount}; false if it already was. */
    boolean delete(long id, Instant at) {
        return db.sql("""
                        with payment as (
                            update payment_transactions set deleted = true, deleted_at = :at where id = :id and not deleted
                            returning appointment_id, amount)
                        update appointments a set paid_amount = a.paid_amount - payment.amount
                          from payment where a.id = payment.appointment_id
                        """).param("id", id).param("at", utc(at)).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Payment map(ResultSet rs, int row) throws SQLException {
        Account account = new Account(
                rs.getLong("account_id"),
                rs.getLong("location_id"),
                rs.getString("title"),
                rs.getBoolean("is_cash"),
                rs.getString("account_comment"));
        return new Payment(
                rs.getLong("id"),
                rs.getLong("location_id"),
                rs.getLong("appointment_id"),
                (Long) rs.getObject("visit_id"),
                account,
                (Long) rs.getObject("client_id"),
                rs.getBigDecimal("amount"),
                rs.getString("comment"),
                (Long) rs.getObject("user_id"),
                instant(rs, "created_at"),
                instant(rs, "deleted_when"));
    }
}
