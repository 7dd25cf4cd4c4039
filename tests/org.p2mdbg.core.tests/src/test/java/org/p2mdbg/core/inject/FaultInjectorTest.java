package org.p2mdbg.core.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;

/** A descriptor overwritten by hand mid-run: where it lands in the trace and what the algorithms and rules make of it. */
class FaultInjectorTest {
    private static final Scenario FOREIGN = ScenarioParser.parse(ForeignDestroy.NAME, ForeignDestroy.TEXT);

    private static RunResult plain;
    private static long beforeDestroy;
    private static WalkStep leaf;

    @BeforeAll static void runPlain() {
        plain = ScenarioRunner.start(FOREIGN).runToEnd();
        beforeDestroy = plain.checkpoints().get("before-destroy");
        RunResult mapped = ScenarioRunner.start(FOREIGN).runTo(7);      // up to the checkpoint
        leaf = Walker.walk(mapped.machine().frames()::peek, mapped.machine().domain("guest").orElseThrow().p2m().walkRequest(), 0x40000)
                .last();
    }

    private static RunResult clearValidBeforeDestroy() {
        long cleared = Lpae.VALID.set(leaf.descriptor(), 0);
        return FaultInjector.run(FOREIGN, Map.of(), List.of(new DescriptorInjection(beforeDestroy, leaf.table(), leaf.index(), 3, cleared,
                "valid = 0x0")), () -> false);
    }

    @Test void theLeafOfGfn0x40000IsALiveForeignPage() {
        assertEquals(114, beforeDestroy);
        assertEquals(3, leaf.level());
        assertEquals(new Mfn(0x4000b), leaf.table());
        assertEquals(0, leaf.index());
        assertEquals(0x3400000400047ffL, leaf.descriptor());      // valid page of MFN 0x40004 (dom0's gfn 0x10000), p2m type map_foreign
        assertEquals(List.of(), plain.findings());
    }

    @Test void aClearedValidBitBeforeRelinquishLeaksTheForeignPagesReference() {
        RunResult injected = clearValidBeforeDestroy();
        Map<String, Long> was = plain.costs();
        Map<String, Long> now = injected.costs();
        // relinquish skips the entry it now reads as invalid: no removal walk (4 reads), no removal write, no put_page;
        // the injected write takes the removal's place in the write count
        assertEquals(68, was.get("pte_reads"));
        assertEquals(64, now.get("pte_reads"));
        assertEquals(16, was.get("pte_writes"));
        assertEquals(16, now.get("pte_writes"));
        assertEquals(4, was.get("page_refs_put"));
        assertEquals(3, now.get("page_refs_put"));
        assertEquals(161, plain.events());
        assertEquals(161 - 4 - 1 - 1 + 2, injected.events());
        List<Finding> findings = injected.findings();
        assertEquals(List.of(Rule.STALE_TLB, Rule.LEAKED_REFERENCE), findings.stream().map(Finding::rule).toList());
        // the injected change is never flushed, and dom0's page keeps the guest's reference forever
        assertEquals(115, findings.get(0).event());
        assertEquals(new Mfn(0x40004), findings.get(1).mfn());
    }

    @Test void eventsBeforeTheInjectionAreThoseOfThePlainRun() {
        Trace was = plain.trace();
        Trace now = clearValidBeforeDestroy().trace();
        for (long e = 0; e < beforeDestroy; e++) {
            assertEquals(was.kind(e), now.kind(e), "kind of event " + e);
            assertEquals(was.a(e), now.a(e), "a of event " + e);
            assertEquals(was.b(e), now.b(e), "b of event " + e);
            assertEquals(was.c(e), now.c(e), "c of event " + e);
            assertEquals(was.callPaths().label(was.path(e)), now.callPaths().label(now.path(e)), "call path of event " + e);
        }
        long entry = Trace.entryRef(0x4000b, 0);
        assertEquals(EventKind.FAULT_INJECTION, now.kind(114));
        assertEquals(entry, now.a(114));
        assertEquals(0x3400000400047ffL, now.b(114));
        assertEquals(0x3400000400047feL, now.c(114));
        assertEquals("valid = 0x0", now.detail(114));
        assertEquals(EventKind.PTE_WRITE, now.kind(115));
        // made where the run stood after event 113 (the unlock of the map), and decoded as a level-3 entry
        assertEquals(List.of("map guest gfn=0x40000 nr=4 foreign=dom0:0x10000", "xenmem_add_to_physmap_batch", "xenmem_add_to_physmap_one",
                "p2m_insert_mapping", "p2m_write_unlock", FaultInjector.FRAME, "level 3"), now.callPaths().frames(now.path(115)));
        assertEquals(EventKind.OPERATION_START, now.kind(116));   // the destroy, two events later than in the plain run
        assertEquals(EventKind.OPERATION_START, was.kind(114));
    }

    @Test void steppingBackOverTheInjectedWriteRestoresTheDescriptor() {
        RunResult injected = clearValidBeforeDestroy();
        TraceCursor cursor = new TraceCursor(injected.trace(), injected.machine().frames());
        cursor.seek(116);
        assertEquals(0x3400000400047feL, injected.machine().frames().peek(new Mfn(0x4000b), 0));
        cursor.stepBack();
        cursor.stepBack();
        assertEquals(0x3400000400047ffL, injected.machine().frames().peek(new Mfn(0x4000b), 0));
    }

    @Test void anInjectionAddedEarlierMovesTheLaterOnesTwoEventsOn() {
        DescriptorInjection late = new DescriptorInjection(120, new Mfn(0x4000b), 1, 3, 0, "raw = 0x0");
        DescriptorInjection early = new DescriptorInjection(114, new Mfn(0x4000b), 0, 3, 0, "raw = 0x0");
        assertEquals(List.of(late.later(2), early), FaultInjector.with(List.of(late), early));
        assertEquals(List.of(early, late), FaultInjector.with(List.of(early), late));
    }

    @Test void anInjectionPastTheEndOrIntoNoFrameIsRefused() {
        IllegalArgumentException pastEnd = assertThrows(IllegalArgumentException.class, () -> FaultInjector.run(FOREIGN, Map.of(),
                List.of(new DescriptorInjection(500, new Mfn(0x4000b), 0, 3, 0, "raw = 0x0")), () -> false));
        assertEquals("cannot inject at event 500: table 0x4000b[0] = 0x0 (raw = 0x0): the run has only 161 events", pastEnd.getMessage());
        IllegalArgumentException noFrame = assertThrows(IllegalArgumentException.class, () -> FaultInjector.run(FOREIGN, Map.of(),
                List.of(new DescriptorInjection(3, new Mfn(0x4000b), 0, 3, 0, "raw = 0x0")), () -> false));
        assertEquals("cannot inject at event 3: table 0x4000b[0] = 0x0 (raw = 0x0): frame 0x4000b is not allocated then", noFrame.getMessage());
    }
}
