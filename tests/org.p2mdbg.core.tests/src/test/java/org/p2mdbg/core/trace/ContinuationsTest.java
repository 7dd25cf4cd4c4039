package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.scenario.Examples;
import org.p2mdbg.core.scenario.ScenarioRunner;

/** The continuations of preempted hypercalls, found in recorded traces (event numbers read from the traces by hand). */
class ContinuationsTest {
    @Test void eachRelinquishCallOfTheRemoveDestroyResumesInTheNextCall() {
        Trace trace = Examples.run("seed000-relinquish-remove.p2m").trace();
        // destroy guest: relinquish #1 .. #5 are operations 6 .. 10; #1 and #2 are preempted in
        // relinquish_memory (page 0x40a01, 0x40a04), #3 and #4 in relinquish_p2m_mapping (gfn 0x403ff, 0x80200)
        assertEquals(List.of(
                new Continuation(23133, 6, "relinquish_memory", 0x40a01, 23135, 23146),
                // #3 finds the page list empty and goes straight to the p2m: it resumes at its first event
                new Continuation(23145, 7, "relinquish_memory", 0x40a04, 23147, 32363),
                new Continuation(32360, 8, "relinquish_p2m_mapping", 0x403ff, 32364, 38014),
                new Continuation(38011, 9, "relinquish_p2m_mapping", 0x80200, 38015, 38044)),
                Continuations.of(trace).all());
        assertEquals("destroy guest (relinquish #4)", trace.operationName(9));
        assertEquals("p2m_get_entry", trace.callPaths().frames(trace.path(38016)).get(4));
    }

    @Test void aContinuationExistsFromItsPreemptionUntilItsCallReturns() {
        Continuations all = Continuations.of(Examples.run("seed000-relinquish-remove.p2m").trace());
        Continuation second = all.all().get(1);
        Continuation third = all.all().get(2);
        Continuation fourth = all.all().get(3);
        assertEquals(List.of(second), all.at(32360));            // #3 runs #2's continuation; its own PREEMPTION is next
        assertEquals(List.of(second, third), all.at(32361));     // preempted: #3's continuation waits while #3 unlocks
        assertEquals(List.of(third), all.at(32363));             // #3 returned
        assertTrue(third.pendingAt(32364));                       // #4 started; its first event in relinquish_p2m_mapping is next
        assertFalse(third.pendingAt(32365));                      // resumed
        assertEquals(List.of(third, fourth), all.at(38013));      // #4 was preempted in turn, and has not returned yet
        assertEquals(List.of(fourth), all.at(38014));
        assertEquals(List.of(), all.at(38044));                   // #5 ran to the end: no call is left to resume
    }

    @Test void aBatchPreemptedBetweenPagesResumesInTheSameOperation() throws Exception {
        Trace trace = ScenarioRunner.run(Examples.path("seed000-access-after-relinquish.p2m"), Map.of("preempt", "every:2")).trace();
        // populate_physmap of dom0 (operation 2) once, the foreign batch (operation 3) twice; the
        // batch's first continuation returns at the second preemption
        assertEquals(List.of(
                new Continuation(39, 2, "populate_physmap", 0x10002, 40, 57),
                new Continuation(77, 3, "xenmem_add_to_physmap_batch", 0x40001, 78, 105),
                new Continuation(104, 3, "xenmem_add_to_physmap_batch", 0x40003, 105, 117)),
                Continuations.of(trace).all());
    }

    @Test void onlyNumberedCallsOfTheSameStatementAreReissues() {
        assertTrue(Continuations.reissues("destroy guest (relinquish #1)", "destroy guest (relinquish #2)"));
        assertTrue(Continuations.reissues("relinquish guest (#1)", "relinquish guest (#2)"));
        assertFalse(Continuations.reissues("destroy guest (relinquish #5)", "destroy guest (teardown)"));
        assertFalse(Continuations.reissues("destroy guest (relinquish #1)", "destroy dom0 (relinquish #1)"));
        assertFalse(Continuations.reissues("populate guest gfn=0x80400 nr=3", "populate guest gfn=0x80400 nr=3"));
    }
}
