package dev.kairos.directory;

/** A job title shared by the locations of a chain. */
public record Position(long id, long chainId, String title, String apiId) {}
