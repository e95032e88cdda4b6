package dev.kairos.labels;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A label on the wire.
 *
 * @param fontColor the text colour on the label; null (and left out) for a client tag
 * @param used how many appointments or clients carry it
 */
public record Label(
        long id,
        String title,
        String color,
        @JsonInclude(JsonInclude.Include.NON_NULL) String fontColor,
        long used) {}
