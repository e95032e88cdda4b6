package dev.kairos.availability;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * The data of Omneo's {@code available-slots-range}.
 *
 * @param dates each date of the range, in order, with its starts
 */
record RangeSlots(
        @JsonUnwrapped DefinitionHeader header, String startDate, String endDate, Map<String, List<String>> dates) {}
