package dev.kairos.admin;

import dev.kairos.appointments.RecordViews;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.auth.Accounts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Appointments as page rows in the request's language, with the names of the users they mention read
 * once for the whole page.
 */
@Component
class AppointmentRows {

    private final Accounts accounts;
    private final Vocabulary words;

    AppointmentRows(Accounts accounts, Vocabulary words) {
        this.accounts = accounts;
        this.words = words;
    }

    List<AppointmentRow> of(long chainId, List<RecordViews.Appointment> records) {
        Map<Long, String> names = accounts.names(
                chainId,
                records.stream()
                        .flatMap(r -> AppointmentRow.userIds(r).stream())
                        .distinct()
                        .toList());
        Locale locale = LocaleContextHolder.getLocale();
        return records.stream()
                .map(r -> AppointmentRow.of(r, names, words, locale))
                .toList();
    }

    AppointmentRow of(long chainId, RecordViews.Appointment record) {
        return of(chainId, List.of(record)).get(0);
    }

    /** The row's status word in the request's language, for what is not a template (the calendar's events). */
    String statusName(AppointmentRow row) {
        return words.status(row.statusWord(), LocaleContextHolder.getLocale());
    }
}
