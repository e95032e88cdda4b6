package dev.kairos.directory;

import java.util.List;

/**
 * A room, chair or device at a location; each of its instances holds one appointment at a time.
 *
 * @param instances the instances that are not deleted, by id
 */
public record Resource(long id, long locationId, String title, String description, List<ResourceInstance> instances) {

    public Resource {
        instances = List.copyOf(instances);
    }
}
