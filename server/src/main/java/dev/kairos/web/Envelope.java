package dev.kairos.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The Altegio v1 response envelope: {@code {success, data, meta}}. {@code meta} is an empty array
 * where the wire contract documents one, and an object where it carries counts or a message.
 */
public record Envelope<T>(boolean success, T data, Object meta) {

    private static final List<Object> EMPTY_META = List.of();

    public static <T> Envelope<T> of(T data) {
        return new Envelope<>(true, data, EMPTY_META);
    }

    /** The data with its own {@code meta}: a record of named values, or a map. */
    public static <T> Envelope<T> of(T data, Object meta) {
        return new Envelope<>(true, data, meta);
    }

    public static <T> Envelope<List<T>> counted(List<T> data, long totalCount) {
        return new Envelope<>(true, data, Map.of("total_count", totalCount));
    }

    public static <T> Envelope<List<T>> page(List<T> data, int page, long totalCount) {
        return new Envelope<>(true, data, new PageMeta(page, totalCount));
    }

    /** {@code {"success": true, "data": null, "meta": {"message": "Created"}}}: done, nothing to return. */
    public static Envelope<NoData> created() {
        return new Envelope<>(true, null, Map.of("message", "Created"));
    }

    /** {@code {"success": true, "data": null, "meta": []}}: done, nothing to return. */
    public static Envelope<NoData> empty() {
        return new Envelope<>(true, null, EMPTY_META);
    }

    /** An error envelope; typed as the answer it stands in for, whose data it never carries. */
    public static <T> Envelope<T> error(String message, Object errors) {
        return new Envelope<>(false, null, new ErrorMeta(message, errors));
    }

    /**
     * The {@code meta} of a page, {@code {"page": 1, "total_count": 10}}: a record, so that its keys
     * come in this order every time (a two-entry {@code Map.of} orders them anew in each JVM).
     */
    record PageMeta(int page, long totalCount) {}

    /** The {@code meta} of a refusal, {@code {"message": ..., "errors": ...}}; {@code errors} left out when null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ErrorMeta(String message, Object errors) {}
}
