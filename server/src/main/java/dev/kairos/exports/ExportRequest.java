package dev.kairos.exports;

import java.io.Serializable;

/**
 * What the export job is asked to do: the rows of {@code filterQuery} at a location, for a user.
 *
 * @param filterQuery the Overview's filter as a query string, without page and count
 * @param language the language of the words in the file (an ISO 639 code); null, in requests queued
 *     before it was kept, is English
 */
record ExportRequest(long userId, long locationId, String filterQuery, String language) implements Serializable {}
