package dev.kairos.users;

import dev.kairos.auth.Right;
import dev.kairos.refusal.Fault;
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
    record Read(String title, Set<Right> rights, Map<String, List<Fault>> problems) {

        Refusal refusal() {
            return Refusal.invalidFaults(problems);
        }
    }

    Read read() {
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        String shown = title == null ? "" : title.strip();
        if (shown.isEmpty() || shown.length() > 100) {
            problems.put(
                    "title", List.of(Fault.of("fault.required-at-most", "is required, at most 100 characters", 100)));
        }
        Set<Right> named = EnumSet.noneOf(Right.class);
        if (rights == null) {
            problems.put(
                    "rights", List.of(Fault.of("fault.role.rights", "is required: a list of rights, possibly empty")));
        } else {
            for (int i = 0; i < rights.size(); i++) {
                var right = RightNames.parse(rights.get(i));
                if (right.isPresent()) {
                    named.add(right.get());
                } else {
                    problems.put(
                            "rights[" + i + "]",
                            List.of(Fault.of(
                                    "fault.role.right-unknown",
                                    "is not a right; the rights are " + RightNames.list(),
                                    RightNames.list())));
                }
            }
        }
        return new Read(shown, named, problems);
    }
}
