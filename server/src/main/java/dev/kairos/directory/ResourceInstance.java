package dev.kairos.directory;

/** One bookable unit of a {@link Resource}. */
public record ResourceInstance(long id, long resourceId, long locationId, String title) {}
