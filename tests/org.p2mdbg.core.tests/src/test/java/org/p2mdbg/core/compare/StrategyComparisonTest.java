package org.p2mdbg.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.core.scenario.ast.Scenario;

/** One scenario under several strategies: the combinations, the options offered, one compared run. */
class StrategyComparisonTest {
    private static final Scenario FOREIGN = ScenarioParser.parse("compare.p2m", """
            machine arm64 ipa=40
            option preempt=never
            option relinquish=remove
            domain dom0 id=0
            domain guest id=1
            populate dom0 gfn=0x10000 nr=4
            map guest gfn=0x40000 nr=4 foreign=dom0:0x10000
            destroy guest
            """);

    @Test void combinationsVaryTheLastOptionFastest() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("relinquish", List.of("legacy", "lookup"));
        values.put("preempt", List.of("never", "always"));
        assertEquals(List.of(Map.of("relinquish", "legacy", "preempt", "never"), Map.of("relinquish", "legacy", "preempt", "always"),
                Map.of("relinquish", "lookup", "preempt", "never"), Map.of("relinquish", "lookup", "preempt", "always")),
                StrategyComparison.combinations(values));
    }

    @Test void theScenariosOwnStrategyOptionsAreOfferedFirst() {
        assertEquals(List.of("preempt", "relinquish", "xen-pt", "iommu-flush", "pv-exit"), StrategyChoices.offered(FOREIGN));
        assertEquals(List.of("legacy", "lookup", "remove"), StrategyChoices.values("relinquish"));
        assertEquals(List.of("rfc", "merged"), StrategyChoices.values("xen-pt"));
    }

    @Test void aRunCountsEveryRuleAndTheRunsCosts() {
        ComparedRun lookup = StrategyComparison.run(FOREIGN, Map.of("relinquish", "lookup"), () -> false);
        assertEquals(Map.of("relinquish", "lookup"), lookup.options());
        assertEquals(4, lookup.costs().get("page_refs_put"));
        assertEquals(0, lookup.findings().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(9, lookup.findings().size());
    }

    @Test void aCancelledComparisonStopsBeforeTheNextStatement() {
        assertThrows(CancellationException.class, () -> StrategyComparison.run(FOREIGN, Map.of(), () -> true));
    }
}
