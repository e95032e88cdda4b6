package dev.kairos.catalog;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the team members and resources a service names belong to the service's location. */
@Component
class CatalogReferences {

    private final JdbcClient db;

    CatalogReferences(JdbcClient db) {
        this.db = db;
    }

    /** The ids among {@code teamMemberIds} that are not (undeleted) team members working at the location. */
    Set<Long> missingTeamMembers(long locationId, Collection<Long> teamMemberIds) {
        if (teamMemberIds.isEmpty()) {
            return Set.of();
        }
        List<Long> found = db.sql("""
                        select tm.id from team_members tm
                         where tm.id in (:ids) and not tm.deleted
                           and (tm.location_id = :location or exists (
                                 select 1 from team_member_locations tml
                                  where tml.team_member_id = tm.id and tml.location_id = :location))
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
