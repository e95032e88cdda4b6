package dev.kairos.directory;

import java.math.BigDecimal;
import java.util.List;

/**
 * A team member (Altegio's staff or master).
 *
 * @param locationId the home location (Altegio's {@code company_id})
 * @param locationIds every location the member works at, the home location first
 * @param positionId the chain-level position, or null
 * @param hidden hidden from online booking
 * @param fired no longer works here; kept for history
 * @param deleted removed (Altegio {@code status} 1)
 * @param userId the user account of the member, or null
 */
public record TeamMember(
        long id,
        long locationId,
        List<Long> locationIds,
        Position position,
        String name,
        String specialization,
        String information,
        String avatar,
        String apiId,
        int weight,
        BigDecimal rating,
        int votesCount,
        boolean hidden,
        boolean fired,
        boolean deleted,
        Long userId) {

    public TeamMember {
        locationIds = List.copyOf(locationIds);
    }

    /** Whether clients may book the member online: working here, not hidden, fired or deleted. */
    public boolean bookable() {
        return !hidden && !fired && !deleted;
    }
}
