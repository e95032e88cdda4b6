package dev.kairos.engine;

import java.util.Objects;

/**
 * One instance of a resource (room 2 of "treatment room"), with the time it is already held.
 * An instance serves one appointment at a time.
 */
public record ResourceInstance(ResourceInstanceId id, ResourceId resource, IntervalSet busy) {

    public ResourceInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(busy, "busy");
    }

    public static ResourceInstance of(ResourceInstanceId id, ResourceId resource, IntervalSet busy) {
        return new ResourceInstance(id, resource, busy);
    }
}
