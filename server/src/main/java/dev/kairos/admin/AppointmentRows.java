package dev.kairos.admin;

import dev.kairos.auth.Accounts;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Record objects as page rows, with the names of the users they mention read once for the whole page. */
@Component
class AppointmentRows {

    private final Accounts accounts;

    AppointmentRows(Accounts accounts) {
        this.accounts = accounts;
    }

    List<AppointmentRow> of(long chainId, List<Map<String, Object>> records) {
        Map<Long, String> names = accounts.names(
                chainId,
                records.stream()
                        .flatMap(r -> AppointmentRow.userIds(r).stream())
                        .distinct()
                        .toList());
        return records.stream().map(r -> AppointmentRow.of(r, names)).toList();
    }

    AppointmentRow of(long chainId, Map<String, Object> record) {
        return of(chainId, List.of(record)).get(0);
    }
}
