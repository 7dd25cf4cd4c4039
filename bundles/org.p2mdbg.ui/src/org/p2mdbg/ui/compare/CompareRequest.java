package org.p2mdbg.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.machine.Options;

/**
 * What the Compare dialog asks for: one strategy option and the values to run the scenario with,
 * typed as a comma-separated list and checked with the machine's own option messages.
 */
public record CompareRequest(String option, List<String> values) {
    public CompareRequest {
        values = List.copyOf(values);
    }

    /**
     * Parses the dialog's fields.
     *
     * @throws IllegalArgumentException naming the bad value (an empty or repeated value, one the machine refuses)
     */
    public static CompareRequest parse(String option, String valueList) {
        List<String> values = new ArrayList<>();
        for (String raw : valueList.split(",", -1)) {
            String value = raw.strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("values: expected V1,V2,... with no empty value, found '" + valueList.strip() + "'");
            }
            if (values.contains(value)) {
                throw new IllegalArgumentException("values: " + value + " is listed twice");
            }
            new Options().set(option, value);
            values.add(value);
        }
        if (values.size() < 2) {
            throw new IllegalArgumentException("values: expected at least two values of " + option + " to compare");
        }
        return new CompareRequest(option, values);
    }
}
