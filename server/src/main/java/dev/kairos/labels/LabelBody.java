package dev.kairos.labels;

import dev.kairos.refusal.Fault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A label as sent, for creating or changing one. A missing colour keeps the stored one on a change
 * and takes the default on creation.
 */
public record LabelBody(String title, String color, String fontColor) {

    static final String DEFAULT_COLOR = "#009800";
    static final String DEFAULT_FONT_COLOR = "#ffffff";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The fields at fault, each with what it must be; empty when the body can be stored. */
    Map<String, List<Fault>> problems() {
        Map<String, List<Fault>> problems = new LinkedHashMap<>();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            problems.put("title", List.of(Fault.required()));
        } else if (name.length() > 200) {
            problems.put("title", List.of(Fault.tooLong(200)));
        }
        colour(problems, "color", color);
        colour(problems, "font_color", fontColor);
        return problems;
    }

    /** This body over {@code stored}: what is not sent stays as it was. */
    LabelBody over(Label stored) {
        return new LabelBody(
                title, color == null ? stored.color() : color, fontColor == null ? stored.fontColor() : fontColor);
    }

    /** This body with the defaults for what is not sent. */
    LabelBody withDefaults() {
        return new LabelBody(
                title, color == null ? DEFAULT_COLOR : color, fontColor == null ? DEFAULT_FONT_COLOR : fontColor);
    }

    private static void colour(Map<String, List<Fault>> problems, String field, String value) {
        if (value != null && !COLOR.matcher(value).matches()) {
            problems.put(field, List.of(Fault.of("fault.colour", "must be a colour written #rrggbb")));
        }
    }
}
