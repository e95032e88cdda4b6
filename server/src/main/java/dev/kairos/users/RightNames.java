package dev.kairos.users;

import dev.kairos.auth.Right;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rights as the wire names them ({@code delete_paid_records}) and the keys of their labels on the pages. */
final class RightNames {

    /** A right with its wire name and the key of its label ({@code right.*} in the bundles), for the roles page. */
    record Named(Right right, String name, String key) {}

    private RightNames() {}

    static String wire(Right right) {
        return right.name().toLowerCase(Locale.ROOT);
    }

    static Optional<Right> parse(String name) {
        return Arrays.stream(Right.values()).filter(r -> wire(r).equals(name)).findFirst();
    }

    /** Every wire name, comma-separated, for a refusal to name the choices. */
    static String list() {
        return String.join(
                ", ", Arrays.stream(Right.values()).map(RightNames::wire).toList());
    }

    static List<Named> all() {
        return Arrays.stream(Right.values())
                .map(r -> new Named(r, wire(r), "right." + wire(r)))
                .toList();
    }
}
