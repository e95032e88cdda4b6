package dev.kairos.appointments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * An appointment's version as an HTTP entity tag ({@code "3"}), and the versions an
 * {@code If-Match} header accepts (RFC 9110 §13.1.1: strong comparison, so a weak tag matches
 * nothing).
 */
public final class EntityTags {

    private EntityTags() {}

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /**
     * What {@code If-Match} accepts: any version when absent or {@code *}; else the versions its
     * strong tags name (none, if it names no version Kairos could have issued).
     */
    public static IntPredicate matcher(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return version -> true;
        }
        List<Integer> versions = new ArrayList<>();
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
                try {
                    versions.add(Integer.parseInt(t.substring(1, t.length() - 1)));
                } catch (NumberFormatException e) {
                    // a tag Kairos never issued matches no version
                }
            }
        }
        return versions::contains;
    }
}
