package dev.kairos.users;

import dev.kairos.auth.Right;
import dev.kairos.refusal.Refusal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The body of {@code POST/PUT /groups/{group_id}/roles}: a title and the rights' wire names. */
public record RoleRequest(String title, List<String> rights) {

    static final Set<String> FIELDS = Set.of("title", "rights");

    /** The rights named, once each, with every problem of the request by field; no problems means valid. */
    record Read(String title, Set<Right> rights, Map<String, List<String>> problems) {

        Refusal refusal() {
            return Refusal.invalid(problems);
        }
    }

    Read read() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String shown = title == null ? "" : title.strip();
        if (shown.isEmpty() || shown.length() > 100) {
            problems.put("title", List.of("is required, at most 100 characters"));
        }
        Set<Right> named = EnumSet.noneOf(Right.class);
        if (rights == null) {
            problems.put("rights", List.of("is required: a list of rights, possibly empty"));
        } else {
            for (int i = 0; i < rights.size(); i++) {
                var right = RightNames.parse(rights.get(i));
                if (right.isPresent()) {
                    named.add(right.get());
                } else {
                    problems.put("rights[" + i + "]", List.of("is not a right; the rights are " + RightNames.list()));
                }
            }
        }
        return new Read(shown, named, problems);
    }
}
