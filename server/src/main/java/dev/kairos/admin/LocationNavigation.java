package dev.kairos.admin;

import dev.kairos.auth.Access;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Locations;
import dev.kairos.web.ErrorPageNavigation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The location navigation on an error page under {@code /admin/locations/{id}/...}: an unknown page
 * or a refused action there keeps the location's menu, if the person may see the location at all.
 */
@Component
class LocationNavigation implements ErrorPageNavigation {

    private static final Pattern AT_LOCATION = Pattern.compile("^/admin/locations/(\\d{1,18})(?:/([a-z-]+))?");

    private final Access access;
    private final Locations locations;

    LocationNavigation(Access access, Locations locations) {
        this.access = access;
        this.locations = locations;
    }

    @Override
    public Map<String, Object> of(String uri, Object principal) {
        Matcher m = uri == null ? null : AT_LOCATION.matcher(uri);
        if (m == null || !m.find() || !(principal instanceof SessionUser user)) {
            return Map.of();
        }
        long id = Long.parseLong(m.group(1));
        if (!access.visibleLocations(user.caller()).contains(id)) {
            return Map.of();
        }
        String section = m.group(2) == null ? "" : m.group(2);
        return locations
                .find(id)
                .<Map<String, Object>>map(l -> Map.of("location", l, "section", section(section)))
                .orElse(Map.of());
    }

    /** The nav entry a path's first segment belongs to. */
    private static String section(String segment) {
        return switch (segment) {
            case "appointments" -> "overview";
            case "exports" -> "export";
            case "imports" -> "import";
            default -> segment;
        };
    }
}
