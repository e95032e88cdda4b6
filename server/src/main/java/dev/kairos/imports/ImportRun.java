package dev.kairos.imports;

import dev.kairos.appointments.Vocabulary;
import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.clients.ClientsByPhone;
import dev.kairos.clients.PhoneNumber;
import dev.kairos.directory.Location;
import dev.kairos.directory.TeamMembers;
import dev.kairos.refusal.Fault;
import dev.kairos.visits.ImportedPayments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the rows of an uploaded sheet, all or nothing: every row is read and checked (against the
 * location's team members, services and cash registers, against each other and against the
 * appointments already booked) before anything is written, and the writing is one transaction.
 * Rows imported before at the location (same fingerprint) are skipped and reported, so importing a
 * file twice creates nothing twice; imports at one location run one at a time.
 */
@Service
class ImportRun {

    private final ImportUploads uploads;
    private final ImportedAppointments appointments;
    private final ClientsByPhone clients;
    private final ImportedPayments payments;
    private final TeamMembers teamMembers;
    private final Access access;
    private final ActivityLog activity;
    private final JdbcClient db;
    private final Clock clock;
    private final Vocabulary words;

    ImportRun(
            ImportUploads uploads,
            ImportedAppointments appointments,
            ClientsByPhone clients,
            ImportedPayments payments,
            TeamMembers teamMembers,
            Access access,
            ActivityLog activity,
            JdbcClient db,
            Clock clock,
            Vocabulary words) {
        this.uploads = uploads;
        this.appointments = appointments;
        this.clients = clients;
        this.payments = payments;
        this.teamMembers = teamMembers;
        this.access = access;
        this.activity = activity;
        this.db = db;
        this.clock = clock;
        this.words = words;
    }

    @Transactional
    ImportReport run(
            Caller caller, Location location, String uploadId, ImportSheet sheet, Map<ImportField, Integer> columns) {
        access.require(caller, location.id(), Right.IMPORT);
        uploads.lock(location.id());
        RowReader reader = new RowReader(catalog(location), columns, sheet.headers(), words);
        List<Problem> problems = new ArrayList<>();
        List<ParsedRow> parsed = new ArrayList<>();
        for (ImportSheet.SheetRow row : sheet.rows()) {
            reader.read(row, problems).ifPresent(parsed::add);
        }
        Map<String, Long> before = uploads.imported(
                location.id(), parsed.stream().map(ParsedRow::fingerprint).collect(Collectors.toSet()));
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<ParsedRow> fresh = new ArrayList<>();
        for (ParsedRow row : parsed) {
            Long done = before.get(row.fingerprint());
            if (done != null) {
                skipped.add(new ImportReport.Skipped(row.row(), done));
            } else {
                fresh.add(row);
            }
        }
        problems.addAll(overlapsInFile(fresh));
        problems.addAll(overlapsBooked(location.id(), fresh));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::row));
            return new ImportReport(sheet.rows().size(), 0, skipped, problems);
        }
        write(caller, location, uploadId, fresh);
        activity.record(
                location.id(),
                caller,
                "imported",
                "appointment_import",
                null,
                Map.of(
                        "upload",
                        uploadId,
                        "rows",
                        sheet.rows().size(),
                        "imported",
                        fresh.size(),
                        "skipped",
                        skipped.size()));
        return new ImportReport(sheet.rows().size(), fresh.size(), skipped, List.of());
    }

    private void write(Caller caller, Location location, String uploadId, List<ParsedRow> rows) {
        Instant now = clock.instant();
        Map<PhoneNumber, String> names = new LinkedHashMap<>();
        rows.forEach(r -> names.putIfAbsent(r.phone(), r.clientName()));
        Map<String, Long> clientIds = names.isEmpty() ? Map.of() : clients.findOrCreate(caller, location.id(), names);
        List<ImportedAppointments.Imported> imported = rows.stream()
                .map(r -> new ImportedAppointments.Imported(
                        r.member(),
                        clientIds.get(r.phone().e164()),
                        r.clientName(),
                        r.phone().e164(),
                        r.start(),
                        r.end(),
                        r.status(),
                        r.clientConfirmed(),
                        r.comment(),
                        r.lines()))
                .toList();
        List<Long> ids = appointments.insertAll(location.id(), caller.userId(), now, imported);
        Map<String, Object> source = Map.of("source", "import", "upload", uploadId);
        activity.recordEach(location.id(), caller, "created", "appointment", ids, source);
        List<ImportedPayments.Received> received = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow row = rows.get(i);
            if (row.paid() != null && row.paid().compareTo(BigDecimal.ZERO) > 0) {
                received.add(new ImportedPayments.Received(ids.get(i), row.register(), row.paid(), now, "import"));
            }
        }
        List<Long> paid = payments.receiveAll(location.id(), caller.userId(), received);
        activity.recordEach(location.id(), caller, "paid", "payment", paid, source);
        uploads.remember(
                location.id(),
                uploadId,
                rows.stream().map(ParsedRow::fingerprint).toList(),
                ids);
    }

    /** Two rows of the file that would hold one team member at once: the later one is at fault. */
    private static List<Problem> overlapsInFile(List<ParsedRow> rows) {
        List<Problem> problems = new ArrayList<>();
        Map<Long, List<ParsedRow>> byMember =
                rows.stream().filter(ParsedRow::holdsTime).collect(Collectors.groupingBy(ParsedRow::member));
        for (List<ParsedRow> member : byMember.values()) {
            member.sort(Comparator.comparing(ParsedRow::start).thenComparingInt(ParsedRow::row));
            ParsedRow latest = null;
            for (ParsedRow row : member) {
                if (latest != null && row.start().isBefore(latest.end())) {
                    problems.add(new Problem(
                            row.row(),
                            "",
                            row.fingerprint().equals(latest.fingerprint())
                                    ? Fault.of(
                                            "fault.import.same-row",
                                            "the same appointment as row " + latest.row() + " at this time",
                                            latest.row())
                                    : Fault.of(
                                            "fault.import.busy-row",
                                            "the team member already has the appointment of row " + latest.row()
                                                    + " at this time",
                                            latest.row())));
                }
                if (latest == null || row.end().isAfter(latest.end())) {
                    latest = row;
                }
            }
        }
        return problems;
    }

    private List<Problem> overlapsBooked(long locationId, List<ParsedRow> rows) {
        List<ParsedRow> holding = rows.stream().filter(ParsedRow::holdsTime).toList();
        if (holding.isEmpty()) {
            return List.of();
        }
        Map<Integer, Long> busy = appointments.busy(
                locationId,
                holding.stream()
                        .map(r -> new ImportedAppointments.Imported(
                                r.member(), 0, "", "", r.start(), r.end(), r.status(), false, "", List.of()))
                        .toList());
        List<Problem> problems = new ArrayList<>();
        busy.forEach((i, id) -> problems.add(new Problem(
                holding.get(i).row(),
                "",
                Fault.of(
                        "fault.import.busy", "the team member already has appointment #" + id + " at this time", id))));
        return problems;
    }

    private Catalog catalog(Location location) {
        Map<Long, String> members = new HashMap<>();
        teamMembers.atLocation(location.id()).forEach(m -> members.put(m.id(), m.name()));
        Map<Long, Catalog.Offered> services = new HashMap<>();
        db.sql("select id, title, price_min from services where location_id = :location and not deleted")
                .param("location", location.id())
                .query((rs, n) -> services.put(
                        rs.getLong(1), new Catalog.Offered(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))))
                .list();
        return new Catalog(location, members, services, new LinkedHashSet<>(payments.registers(location.id())));
    }
}
