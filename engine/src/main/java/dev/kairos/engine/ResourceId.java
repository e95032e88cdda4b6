package dev.kairos.engine;

/** Identifies a resource (a kind of room, chair or device). */
public record ResourceId(long value) {

    public static ResourceId of(long value) {
        return new ResourceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
