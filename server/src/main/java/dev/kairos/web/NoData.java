package dev.kairos.web;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;

/**
 * The {@code data} of an answer that carries none: always null on the wire ({@code "data": null}),
 * where Altegio's clients expect the envelope rather than an empty body. It names such an answer in
 * the OpenAPI document ({@code Envelope<NoData>}), so no operation answers with a bare object.
 */
public final class NoData {

    private NoData() {}

    /**
     * The schema the OpenAPI document gives it: {@code null}. Springdoc alone would describe the
     * class as an empty object; a component registered under its name first is kept.
     */
    public static Schema<Object> schema() {
        return new Schema<>().types(Set.of("null")).description("Always null: the answer carries no data");
    }
}
