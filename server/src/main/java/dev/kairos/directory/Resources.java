package dev.kairos.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The resources and resource_instances tables. Deleting is soft: history keeps its references. */
@Repository
public class Resources {

    static final String COLUMNS = "location_id, title, description";
    static final String VALUES = ":location, :title, :description";
    static final String INSTANCE_COLUMNS = "resource_id, location_id, title";
    static final String INSTANCE_VALUES = ":resource, :location, :title";

    private final JdbcClient db;

    Resources(JdbcClient db) {
        this.db = db;
    }

    /**
     * The live instances of each given resource, in one query.
     *
     * @return an entry for every given id, in the order given; deleted or unknown resources map to an empty list
     */
    public Map<Long, List<ResourceInstance>> instances(Collection<Long> resourceIds) {
        Map<Long, List<ResourceInstance>> result = new LinkedHashMap<>();
        resourceIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (resourceIds.isEmpty()) {
            return result;
        }
        db.sql("""
                        select i.id, i.resource_id, i.location_id, i.title
                          from resource_instances i join resources r on r.id = i.resource_id
                         where i.resource_id in (:ids) and not i.deleted and not r.deleted
                         order by i.id
                        """)
                .param("ids", resourceIds)
                .query(ResourceInstance.class)
                .list()
                .forEach(instance -> result.get(instance.resourceId()).add(instance));
        return result;
    }

    /** The live resources of the location with their instances, by id. */
    public List<Resource> atLocation(long locationId) {
        List<Long> ids = db.sql("select id from resources where location_id = :location and not deleted order by id")
                .param("location", locationId)
                .query(Long.class)
                .list();
        return load(ids);
    }

    /** The resource if it is live and at the location. */
    public Optional<Resource> find(long locationId, long id) {
        List<Long> ids = db.sql("select id from resources where id = :id and location_id = :location and not deleted")
                .param("id", id)
                .param("location", locationId)
                .query(Long.class)
                .list();
        return load(ids).stream().findFirst();
    }

    private List<Resource> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ResourceInstance>> instances = instances(ids);
        return db.sql("select id, location_id, title, description from resources where id in (:ids) order by id")
                .param("ids", ids)
                .query((rs, n) -> new Resource(
                        rs.getLong("id"),
                        rs.getLong("location_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        instances.get(rs.getLong("id"))))
                .list();
    }

    long insert(long locationId, String title, String description) {
        return db.sql("insert into resources (" + COLUMNS + ") values (" + VALUES + ") returning id")
                .param("location", locationId)
                .param("title", title)
                .param("description", description)
                .query(Long.class)
                .single();
    }

    void update(long id, String title, String description) {
        db.sql("update resources set title = :title, description = :description where id = :id")
                .param("id", id)
                .param("title", title)
                .param("description", description)
                .update();
    }

    void delete(long id) {
        db.sql("update resource_instances set deleted = true where resource_id = :id")
                .param("id", id)
                .update();
        db.sql("update resources set deleted = true where id = :id")
                .param("id", id)
                .update();
    }

    /** Makes the live instances exactly {@code wanted}: ids renamed, new ones added, missing ones deleted. */
    void replaceInstances(long resourceId, long locationId, List<InstanceTitle> wanted) {
        List<Long> kept =
                wanted.stream().map(InstanceTitle::id).filter(id -> id != null).toList();
        String keep = kept.isEmpty() ? "" : " and id not in (:kept)";
        db.sql("update resource_instances set deleted = true where resource_id = :resource" + keep)
                .param("resource", resourceId)
                .param("kept", kept)
                .update();
        for (InstanceTitle instance : wanted) {
            if (instance.id() == null) {
                insertInstance(resourceId, locationId, instance.title());
            } else {
                renameInstance(resourceId, instance.id(), instance.title());
            }
        }
    }

    long insertInstance(long resourceId, long locationId, String title) {
        return db.sql("insert into resource_instances (" + INSTANCE_COLUMNS + ") values (" + INSTANCE_VALUES
                        + ") returning id")
                .param("resource", resourceId)
                .param("location", locationId)
                .param("title", title)
                .query(Long.class)
                .single();
    }

    void renameInstance(long resourceId, long instanceId, String title) {
        db.sql("update resource_instances set title = :title where id = :id and resource_id = :resource")
                .param("id", instanceId)
                .param("resource", resourceId)
                .param("title", title)
                .update();
    }

    void deleteInstance(long resourceId, long instanceId) {
        db.sql("update resource_instances set deleted = true where id = :id and resource_id = :resource")
                .param("id", instanceId)
                .param("resource", resourceId)
                .update();
    }

    /** An instance as a write wants it: an existing id to keep (and rename), or null for a new one. */
    record InstanceTitle(Long id, String title) {}
}
