package dev.kairos.catalog;

import java.util.List;

/**
 * A service category in Altegio's shape.
 *
 * @param salonServiceId the same as {@code id}, Altegio's older name for it
 * @param staff the team members who perform one of its services
 */
public record ServiceCategoryView(
        long id, long salonServiceId, String title, String apiId, int weight, List<Long> staff) {

    public static ServiceCategoryView of(ServiceCategory c) {
        return new ServiceCategoryView(c.id(), c.id(), c.title(), c.apiId(), c.weight(), c.staffIds());
    }
}
