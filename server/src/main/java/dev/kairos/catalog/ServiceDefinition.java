package dev.kairos.catalog;

import dev.kairos.refusal.Fault;
import java.util.Objects;

/**
 * The writable fields of a service: Altegio's service fields and Omneo's appointment-definition
 * settings, each group validated on construction.
 *
 * @param categoryId the service category at the same location, or null for none
 * @param weight sort weight; higher first
 * @param active false hides the service from online booking and new appointments
 */
public record ServiceDefinition(
        Long categoryId,
        String title,
        String comment,
        String apiId,
        int weight,
        boolean active,
        Timing timing,
        Pricing pricing,
        BookingRules booking,
        Prepaid prepaid) {

    /** @throws ServiceRuleViolation if the title is blank or longer than 200 characters */
    public ServiceDefinition {
        title = title == null ? null : title.strip();
        comment = Objects.requireNonNullElse(comment, "");
        apiId = Objects.requireNonNullElse(apiId, "");
        prepaid = Objects.requireNonNullElse(prepaid, Prepaid.FORBIDDEN);
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(booking, "booking");
        new ServiceRuleViolation.Rules()
                .check(
                        title != null && !title.isEmpty(),
                        "title",
                        Fault.required().saying("title is required"))
                .check(
                        title == null || title.length() <= 200,
                        "title",
                        Fault.tooLong(200).saying("title is longer than 200 characters"))
                .orThrow();
    }
}
