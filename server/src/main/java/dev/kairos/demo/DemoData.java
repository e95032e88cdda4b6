package dev.kairos.demo;

import dev.kairos.auth.Accounts;
import dev.kairos.auth.Tokens;
import dev.kairos.demo.SeededSite.SeededService;
import dev.kairos.directory.Locations;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo chain: seeded once per database, found again on every later start. Tokens are stored
 * hashed, so each call issues fresh ones.
 */
@Service
public class DemoData {

    static final String OWNER_LOGIN = "owner@demo.kairos.dev";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Rows rows;
    private final Accounts accounts;
    private final Locations locations;
    private final DemoCatalogWriter catalog;
    private final DemoTeamWriter team;
    private final DemoClientsWriter clients;
    private final DemoAppointmentsWriter appointments;
    private final Clock clock;

    DemoData(
            Rows rows,
            Accounts accounts,
            Locations locations,
            DemoCatalogWriter catalog,
            DemoTeamWriter team,
            DemoClientsWriter clients,
            DemoAppointmentsWriter appointments,
            Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.locations = locations;
        this.catalog = catalog;
        this.team = team;
        this.clients = clients;
        this.appointments = appointments;
        this.clock = clock;
    }

    /**
     * Seeds the demo chain unless the database already holds it, and issues fresh tokens.
     *
     * @param knownPassword the password written last time; kept if it still signs in, else a new one is set
     */
    @Transactional
    public DemoCredentials prepare(Optional<String> knownPassword) {
        rows.db()
                .sql("select pg_advisory_xact_lock(hashtext('kairos-demo'))")
                .query(Object.class)
                .single();
        Optional<Long> owner = rows.db()
                .sql("select id from users where login = :login")
                .param("login", OWNER_LOGIN)
                .query(Long.class)
                .optional();
        return owner.isPresent() ? refresh(owner.get(), knownPassword) : seed();
    }

    private DemoCredentials seed() {
        long chain = locations.createChain(DemoSites.CHAIN);
        String password = newPassword();
        Accounts.SignedIn owner = accounts.createOwner(chain, OWNER_LOGIN, password, "Demo Owner");
        Map<String, Long> positions = team.positions(chain);
        Random random = new Random(20240601L);
        Instant now = clock.instant();
        int written = 0;
        for (DemoSites.Site site : DemoSites.ALL) {
            SeededSite seeded = seedSite(chain, site, positions, now, random);
            written += appointments.write(
                    seeded, AppointmentPlanner.plan(seeded, now, random), owner.userId(), now, random);
        }
        log.info(
                "Seeded the demo chain {}: {} locations, {} appointments in {} ms",
                chain,
                DemoSites.ALL.size(),
                written,
                Duration.between(now, clock.instant()).toMillis());
        String partner = accounts.createPartnerToken(chain, DemoSites.CHAIN);
        return credentials(chain, password, partner, owner.userToken());
    }

    private SeededSite seedSite(
            long chain, DemoSites.Site site, Map<String, Long> positions, Instant now, Random random) {
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(site.zone()));
        LocalDate closedDay =
                today.plusDays(9).getDayOfWeek() == DayOfWeek.SUNDAY ? today.plusDays(10) : today.plusDays(9);
        LocalDate dayOff =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(2);
        long location = catalog.location(chain, site);
        catalog.hours(location, site, closedDay);
        DemoCatalogWriter.Resources resources = catalog.resources(location);
        Map<String, SeededService> services = catalog.services(location);
        catalog.serviceResources(services, resources.ids());
        return new SeededSite(
                location,
                site,
                team.team(location, site, positions, services, dayOff),
                services,
                resources.instances(),
                clients.clients(chain, location, site, random),
                catalog.labels(location),
                closedDay,
                dayOff);
    }

    private DemoCredentials refresh(long ownerId, Optional<String> knownPassword) {
        long chain = rows.db()
                .sql("select chain_id from users where id = :id")
                .param("id", ownerId)
                .query(Long.class)
                .single();
        Optional<Accounts.SignedIn> signedIn = knownPassword.flatMap(p -> accounts.signIn(OWNER_LOGIN, p));
        String password = signedIn.isPresent() ? knownPassword.get() : newPassword();
        if (signedIn.isEmpty()) {
            accounts.changePassword(ownerId, password);
        }
        String userToken = signedIn.or(() -> accounts.signIn(OWNER_LOGIN, password))
                .orElseThrow()
                .userToken();
        String partner = accounts.createPartnerToken(chain, DemoSites.CHAIN);
        return credentials(chain, password, partner, userToken);
    }

    private DemoCredentials credentials(long chain, String password, String partner, String userToken) {
        Map<String, Long> byTitle = new LinkedHashMap<>();
        rows.db()
                .sql("select id, title from locations where chain_id = :chain order by id")
                .param("chain", chain)
                .query((rs, n) -> byTitle.put(rs.getString("title"), rs.getLong("id")))
                .list();
        long berlin = byTitle.getOrDefault(
                DemoSites.BERLIN.title(), byTitle.values().iterator().next());
        return new DemoCredentials(OWNER_LOGIN, password, partner, userToken, berlin, byTitle);
    }

    private static String newPassword() {
        return Tokens.generate().substring(0, 20);
    }
}
