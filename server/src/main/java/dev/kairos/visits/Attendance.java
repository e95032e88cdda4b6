package dev.kairos.visits;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

// TODO(stub until booking.Lifecycle lands on main): delegate to Lifecycle.setAttendance and delete this.
@Component
class Attendance {

    private final JdbcClient db;

    Attendance(JdbcClient db) {
        this.db = db;
    }

    void set(Caller caller, long locationId, long recordId, int attendance) {
        String to = switch (attendance) {
            case 1 -> "arrived";
            case -1 -> "no_show";
            default -> "confirmed";
        };
        int n = db.sql("""
                        update appointments set status = :to, client_confirmed = :cc, updated_at = now(), version = version + 1
                         where id = :id and location_id = :location and status in ('requested', 'confirmed')
                        """)
                .param("to", to).param("cc", attendance == 2).param("id", recordId).param("location", locationId).update();
        if (n != 1) {
            throw ApiException.conflict("illegal attendance change");
        }
    }
}
