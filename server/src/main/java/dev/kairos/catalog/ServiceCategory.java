package dev.kairos.catalog;

import java.util.List;

/**
 * A group of services at one location.
 *
 * @param staffIds the team members who perform an active service of the category (derived, id order)
 */
public record ServiceCategory(long id, long locationId, String title, String apiId, int weight, List<Long> staffIds) {

    public ServiceCategory {
        staffIds = List.copyOf(staffIds);
    }
}
