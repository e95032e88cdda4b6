package dev.kairos.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The money an appointment row carries for the paid filters ({@code services_cost}, {@code paid_amount}),
 * checked against what it stands for: the sum of the service lines' cost and of the payments that are
 * not deleted.
 */
public final class KeptMoney {

    private KeptMoney() {}

    /** {@code "<cost> paid <paid>"} as the appointment row keeps them, after asserting they equal the sums. */
    public static String of(JdbcClient db, long appointmentId) {
        BigDecimal[] kept = db.sql("""
                        select a.services_cost, a.paid_amount,
                               (select coalesce(sum(x.cost), 0) from appointment_services x where x.appointment_id = a.id),
                               (select coalesce(sum(p.amount), 0) from payment_transactions p where p.appointment_id = a.id and not p.deleted)
                          from appointments a where a.id = :id
                        """)
                .param("id", appointmentId)
                .query((rs, n) -> new BigDecimal[] {
                    rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                })
                .single();
        assertThat(kept[0])
                .as("services_cost of appointment %d against its lines", appointmentId)
                .isEqualByComparingTo(kept[2]);
        assertThat(kept[1])
                .as("paid_amount of appointment %d against its payments", appointmentId)
                .isEqualByComparingTo(kept[3]);
        return money(kept[0]) + " paid " + money(kept[1]);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
