package dev.kairos.directory;

/** A new location was created; published in the transaction that created it. */
public record LocationOpened(long locationId, long chainId) {}
