package dev.kairos.engine;

/** Identifies one bookable instance of a resource. */
public record ResourceInstanceId(long value) {

    public static ResourceInstanceId of(long value) {
        return new ResourceInstanceId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
