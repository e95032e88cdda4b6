package dev.kairos.catalog;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the team members a service names belong to the service's chain (its allow-list may bring
 * in travelling staff from the chain's other locations, never from another chain) and its
 * resources to the service's location.
 */
@Component
class CatalogReferences {

    private final JdbcClient db;

    CatalogReferences(JdbcClient db) {
        this.db = db;
    }

    /** The ids among {@code teamMemberIds} that are not (undeleted) team members of the location's chain. */
    Set<Long> missingTeamMembers(long locationId, Collection<Long> teamMemberIds) {
        if (teamMemberIds.isEmpty()) {
            return Set.of();
        }
        List<Long> found = db.sql("""
                        select tm.id from team_members tm join locations home on home.id = tm.location_id
                         where tm.id in (:ids) and not tm.deleted
                           and home.chain_id = (select chain_id from locations where id = :location)
                        """)
                .param("ids", teamMemberIds)
                .param("location", locationId)
                .query(Long.class)
                .list();
        return missing(teamMemberIds, found);
    }

    /** The ids among {@code resourceIds} that are not (undeleted) resources of the location. */
    Set<Long> missingResources(long locationId, Collection<Long> resourceIds) {
        if (resourceIds.isEmpty()) {
            return Set.of();
        }
        List<Long> found = db.sql(
                        "select id from resources where id in (:ids) and location_id = :location and not deleted")
                .param("ids", resourceIds)
                .param("location", locationId)
                .query(Long.class)
                .list();
        return missing(resourceIds, found);
    }

    private static Set<Long> missing(Collection<Long> wanted, List<Long> found) {
        Set<Long> missing = new LinkedHashSet<>(wanted);
        found.forEach(missing::remove);
        return missing;
    }
}
