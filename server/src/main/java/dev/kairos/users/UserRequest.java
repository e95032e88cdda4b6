package dev.kairos.users;

import dev.kairos.refusal.Fault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /company/{cid}/users} (an invitation: every field but {@code phone} and
 * {@code location_ids} required) and {@code PUT /company/{cid}/users/{id}} (only the fields sent
 * change). {@code location_ids} defaults to the location of the path.
 */
public record UserRequest(
        String name, String email, String phone, Long roleId, List<Long> locationIds, Boolean active) {

    static final Set<String> INVITE_FIELDS = Set.of("name", "email", "phone", "role_id", "location_ids");
    static final Set<String> CHANGE_FIELDS = Set.of("name", "phone", "role_id", "location_ids", "active");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    String normalEmail() {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The problems of the fields sent, by field; {@code invite} also asks for the required ones. */
    Map<String, List<Fault>> problems(boolean invite) {
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        if (invite || name != null) {
            String n = name == null ? "" : name.strip();
            if (n.isEmpty() || n.length() > 200) {
                problems.put(
                        "name",
                        List.of(Fault.of("fault.required-at-most", "is required, at most 200 characters", 200)));
            }
        }
        if (invite) {
            String e = normalEmail();
            if (e.length() > 200 || !EMAIL.matcher(e).matches()) {
                problems.put("email", List.of(Fault.of("fault.email", "must be an email address")));
            }
            if (roleId == null) {
                problems.put("role_id", List.of(Fault.required()));
            }
        }
        if (phone != null && phone.strip().length() > 40) {
            problems.put("phone", List.of(Fault.of("fault.chars-at-most", "is at most 40 characters", 40)));
        }
        if (locationIds != null && (locationIds.isEmpty() || locationIds.contains(null))) {
            problems.put(
                    "location_ids",
                    List.of(Fault.of(
                            "fault.user.locations",
                            "must name one location or more; to stop someone working, deactivate them")));
        }
        return problems;
    }
}
