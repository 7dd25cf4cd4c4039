package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.p2mdbg.core.trace.CostCounter;

/** Cost assertions that name only the non-zero counts: every other count must be 0. */
final class Costs {
    private Costs() {}

    /** {@code nonZero} is name, count, name, count, ... */
    static void assertCosts(Map<String, Long> actual, Object... nonZero) {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (String name : CostCounter.NAMES) {
            expected.put(name, 0L);
        }
        for (int i = 0; i < nonZero.length; i += 2) {
            String name = (String) nonZero[i];
            if (!expected.containsKey(name)) {
                throw new IllegalArgumentException("no cost named " + name);
            }
            expected.put(name, ((Number) nonZero[i + 1]).longValue());
        }
        assertEquals(expected, actual);
    }
}
