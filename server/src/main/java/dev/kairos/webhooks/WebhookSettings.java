package dev.kairos.webhooks;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook_settings table: each location's configuration and its sealed bearer token. */
@Repository
class WebhookSettings {

    private final JdbcClient db;
    private final SecretBox box;
    private final Clock clock;

    WebhookSettings(JdbcClient db, SecretBox box, Clock clock) {
        this.db = db;
        this.box = box;
        this.clock = clock;
    }

    /**
     * A location's stored configuration.
     *
     * @param sealedBearer the shared {@code Authorization: Bearer} token as stored, or null for none
     */
    record Stored(long locationId, HookSettings settings, byte[] sealedBearer) {

        boolean hasBearerToken() {
            return sealedBearer != null;
        }
    }

    /** The location's configuration; {@link HookSettings#NONE} when it has none. */
    Stored find(long locationId) {
        return findAll(List.of(locationId)).getOrDefault(locationId, new Stored(locationId, HookSettings.NONE, null));
    }

    /** The configurations of the locations that have one, by location. */
    Map<Long, Stored> findAll(Collection<Long> locationIds) {
        Map<Long, Stored> found = new HashMap<>();
        if (locationIds.isEmpty()) {
            return found;
        }
        db.sql(
                        "select location_id, active, urls, resources, bearer_token from webhook_settings where location_id in (:ids)")
                .param("ids", locationIds)
                .query(WebhookSettings::stored)
                .list()
                .forEach(s -> found.put(s.locationId(), s));
        return found;
    }

    /**
     * Replaces the location's configuration.
     *
     * @param bearerToken null keeps the current token, empty removes it
     */
    void save(long locationId, HookSettings settings, String bearerToken) {
        db.sql("""
                        insert into webhook_settings (location_id, active, urls, resources, bearer_token, updated_at)
                        values (:location, :active, cast(:urls as text[]), cast(:resources as text[]), :bearer, :at)
                        on conflict (location_id) do update
                           set active = excluded.active, urls = excluded.urls, resources = excluded.resources,
                               bearer_token = case when :keep then webhook_settings.bearer_token else excluded.bearer_token end,
                               updated_at = excluded.updated_at
                        """)
                .param("location", locationId)
                .param("active", settings.active())
                .param("urls", settings.urls().toArray(String[]::new))
                .param(
                        "resources",
                        settings.resources().stream().map(Resource::wireName).toArray(String[]::new))
                .param("bearer", sealed(locationId, bearerToken))
                .param("keep", bearerToken == null)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The configuration's bearer token in clear, or null for none. */
    String bearerToken(Stored stored) {
        return stored.hasBearerToken()
                ? new String(box.open(stored.sealedBearer(), context(stored.locationId())), StandardCharsets.UTF_8)
                : null;
    }

    private byte[] sealed(long locationId, String bearerToken) {
        return bearerToken == null || bearerToken.isEmpty()
                ? null
                : box.seal(bearerToken.getBytes(StandardCharsets.UTF_8), context(locationId));
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        long location = rs.getLong("location_id");
        Set<Resource> resources = EnumSet.noneOf(Resource.class);
        Arrays.stream((String[]) rs.getArray("resources").getArray())
                .map(Resource::ofWireName)
                .flatMap(Optional::stream)
                .forEach(resources::add);
        return new Stored(
                location,
                new HookSettings(
                        List.of((String[]) rs.getArray("urls").getArray()), rs.getBoolean("active"), resources),
                rs.getBytes("bearer_token"));
    }

    private static String context(long locationId) {
        return "webhook-bearer:" + locationId;
    }
}
