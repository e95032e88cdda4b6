package dev.kairos.exports;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.kairos.appointments.RecordFilter;
import dev.kairos.appointments.RecordQueries;
import dev.kairos.appointments.RecordViews;
import dev.kairos.appointments.Vocabulary;
import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.directory.Location;
import dev.kairos.directory.Locations;
import dev.kairos.platform.JobScheduler;
import dev.kairos.platform.Languages;
import dev.kairos.wire.QueryParams;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The export as a db-scheduler one-time task: read the filter's rows (as the user who asked, so
 * their rights apply when the job runs), write the workbook, store it with an activity-log entry,
 * then email the link. The file is stored before the mail goes out, so a failed mail never loses it.
 */
@Configuration
class ExportJob {

    /** At most this many rows per export, as in Altegio's Overview › Appointments. */
    static final int MAX_ROWS = 5_000;

    static final String TASK = "export-appointments";

    private static final Logger log = LoggerFactory.getLogger(ExportJob.class);
    private static final int PAGE = RecordFilter.MAX_COUNT;

    private final RecordQueries records;
    private final Locations locations;
    private final Access access;
    private final ExportFiles files;
    private final ExportMail mail;
    private final ActivityLog activity;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Vocabulary words;

    ExportJob(
            RecordQueries records,
            Locations locations,
            Access access,
            ExportFiles files,
            ExportMail mail,
            ActivityLog activity,
            JdbcClient db,
            TransactionTemplate transaction,
            Clock clock,
            Vocabulary words) {
        this.records = records;
        this.locations = locations;
        this.access = access;
        this.files = files;
        this.mail = mail;
        this.activity = activity;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
        this.words = words;
    }

    @Bean
    OneTimeTask<ExportRequest> exportTask() {
        return Tasks.oneTime(TASK, ExportRequest.class)
                .execute((instance, context) -> run(instance.getData(), instance.getId()));
    }

    /** Schedules the export to run now, on whichever node picks it up first, and returns the job's id. */
    static String schedule(JobScheduler scheduler, Task<ExportRequest> task, ExportRequest request, Instant now) {
        String job = UUID.randomUUID().toString();
        scheduler.schedule(task.instance(job, request), now);
        return job;
    }

    /** Whether the export job is still waiting or running: its execution is kept until it succeeds. */
    boolean pending(String job) {
        return db.sql("select count(*) from scheduled_tasks where task_name = :task and task_instance = :job")
                        .param("task", TASK)
                        .param("job", job)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The stored file's id; {@code job} is the id of the job that runs it, kept with the file. */
    long run(ExportRequest request, String job) {
        Owner owner = owner(request.userId());
        Caller caller = owner.caller();
        access.require(caller, request.locationId(), Right.EXPORT);
        Location location = locations.find(request.locationId()).orElseThrow();
        List<RecordViews.Appointment> rows = read(caller, location, request.filterQuery());
        byte[] bytes = new AppointmentWorkbook(userNames(rows), words, Languages.of(request.language())).write(rows);
        Instant now = clock.instant();
        String name = "appointments-"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").format(now.atZone(location.zone())) + ".xlsx";
        long id = transaction.execute(tx -> {
            long fileId = files.insert(location.id(), owner.id(), job, name, request.filterQuery(), rows.size(), bytes);
            activity.record(
                    location.id(),
                    caller,
                    "exported",
                    "export_file",
                    fileId,
                    Map.of("rows", rows.size(), "file_name", name, "filter", request.filterQuery()));
            return fileId;
        });
        mail.fileReady(owner.address(), owner.name(), location.title(), rows.size(), id);
        log.info(
                "Exported {} appointments of location {} for user {} as file {}",
                rows.size(),
                location.id(),
                owner.id(),
                id);
        return id;
    }

    /** The filter's rows, at most {@link #MAX_ROWS}, page by page in the list's order. */
    List<RecordViews.Appointment> read(Caller caller, Location location, String filterQuery) {
        List<RecordViews.Appointment> rows = new ArrayList<>();
        for (int page = 1; rows.size() < MAX_ROWS; page++) {
            RecordFilter filter =
                    RecordFilter.from(QueryParams.parse(pageQuery(filterQuery, page)), location.zone(), location.id());
            List<RecordViews.Appointment> found =
                    records.list(caller, location.id(), location.zone(), filter).appointments();
            rows.addAll(found.subList(0, Math.min(found.size(), MAX_ROWS - rows.size())));
            if (found.size() < PAGE) {
                break;
            }
        }
        return rows;
    }

    /** The filter without paging, as it is stored and replayed. */
    static String withoutPaging(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        return String.join(
                "&",
                java.util.Arrays.stream(query.split("&"))
                        .filter(p -> !p.isEmpty()
                                && !p.startsWith("page=")
                                && !p.startsWith("count=")
                                && !p.equals("page")
                                && !p.equals("count"))
                        .toList());
    }

    private static String pageQuery(String filterQuery, int page) {
        String paging = "page=" + page + "&count=" + PAGE + "&include_finance_transactions=1";
        return filterQuery.isEmpty() ? paging : filterQuery + "&" + paging;
    }

    private Map<Long, String> userNames(List<RecordViews.Appointment> rows) {
        Long[] ids = rows.stream()
                .map(AppointmentWorkbook::creator)
                .filter(id -> id != 0)
                .distinct()
                .toArray(Long[]::new);
        Map<Long, String> names = new HashMap<>();
        if (ids.length > 0) {
            db.sql("select id, case when name = '' then login else name end from users where id = any(:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return names;
    }

    private Owner owner(long userId) {
        return db.sql("select id, chain_id, is_owner, login, name, email from users where id = :id")
                .param("id", userId)
                .query((rs, n) -> new Owner(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .single();
    }

    /** The user who asked for the export. */
    private record Owner(long id, long chainId, boolean owner, String login, String name, String email) {

        Caller caller() {
            return new Caller(new Caller.Partner(0, chainId), new Caller.User(id, chainId, owner, login));
        }

        /** Their email, or the login when it is one; null when they have no address. */
        String address() {
            if (!email.isBlank()) {
                return email;
            }
            return login.contains("@") ? login : null;
        }
    }
}
