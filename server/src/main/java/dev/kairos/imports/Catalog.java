package dev.kairos.imports;

import dev.kairos.directory.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the rows of an import are matched against at the location: its team members (active or
 * dismissed), its services, its cash registers.
 */
record Catalog(Location location, Map<Long, String> members, Map<Long, Offered> services, Set<Long> registers) {

    /** A service with its list price. */
    record Offered(long id, String title, BigDecimal price) {}

    List<Long> membersNamed(String name) {
        return members.entrySet().stream()
                .filter(e -> same(e.getValue(), name))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    List<Long> servicesNamed(String title) {
        return services.values().stream()
                .filter(s -> same(s.title(), title))
                .map(Offered::id)
                .sorted()
                .toList();
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
