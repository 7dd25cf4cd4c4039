package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;

class TraceNavigatorTest {
    private final Trace trace = new Trace();
    private final FrameStore frames = new FrameStore(0x1000, 64);
    private Mfn root;
    private Mfn level2;
    private TraceNavigator nav;

    /**
     * <pre>
     *  0 OPERATION_START create guest          [create guest]
     *  1 FRAME_ALLOC 0x1000, 2 FRAME_ALLOC 0x1001
     *  3 OPERATION_START map guest gfn=0x1     [map guest gfn=0x1]
     *  4 PTE_READ 0x1000[0]                    [... > p2m_set_entry > level 1]
     *  5 PTE_WRITE 0x1000[0] = table 0x1001    [... > p2m_set_entry]
     *  6 PTE_READ 0x1001[1]                    [... > p2m_set_entry > level 2]
     *  7 PTE_WRITE 0x1001[1] = block           [... > p2m_set_entry > level 2]
     *  8 TLB_FLUSH                             [... > p2m_set_entry]
     *  9 UNLOCK                                [map guest gfn=0x1]
     * 10 OPERATION_START unmap guest gfn=0x1
     * 11 PTE_READ, 12 PTE_WRITE, 13 TLB_FLUSH  [... > p2m_set_entry]
     * 14 OPERATION_START xen-pt map virt=0x200000
     * 15 FRAME_ALLOC 0x1002 (XEN_PT_TABLE)
     * </pre>
     */
    @BeforeEach void record() {
        frames.setJournal(trace);
        trace.beginOperation("create guest");
        root = frames.allocate(FrameKind.P2M_TABLE, 1);
        level2 = frames.allocate(FrameKind.P2M_TABLE, 1);
        trace.beginOperation("map guest gfn=0x1");
        trace.enter("p2m_set_entry");
        trace.enter("level 1");
        frames.read(root, 0);
        trace.leave();
        frames.write(root, 0, Lpae.withMfn(3, level2));
        trace.enter("level 2");
        frames.read(level2, 1);
        frames.write(level2, 1, Lpae.withMfn(1, new Mfn(0x80000)));
        trace.leave();
        trace.record(EventKind.TLB_FLUSH, 1, 0, -1);
        trace.leave();
        trace.record(EventKind.UNLOCK, 1, 1, 0);
        trace.beginOperation("unmap guest gfn=0x1");
        trace.enter("p2m_set_entry");
        frames.read(level2, 1);
        frames.write(level2, 1, 0);
        trace.record(EventKind.TLB_FLUSH, 1, 0, -1);
        trace.leave();
        trace.beginOperation("xen-pt map virt=0x200000");
        frames.allocate(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN);
        assertEquals(16, trace.size());
        nav = new TraceNavigator(new TraceCursor(trace, frames));
    }

    @Test void theNavigatorStandsOnTheLastEventThatHappened() {
        assertEquals(16, nav.position());
        assertEquals(15, nav.currentEvent());
        assertTrue(nav.toStart());
        assertEquals(-1, nav.currentEvent());
        assertFalse(nav.stepBack());
        assertTrue(nav.stepForward());
        assertEquals(0, nav.currentEvent());
        assertTrue(nav.toEvent(5));
        assertEquals(6, nav.position());
        assertEquals(Lpae.withMfn(3, level2), frames.peek(root, 0));   // event 5's write has happened
        assertTrue(nav.stepBack());
        assertEquals(0, frames.peek(root, 0));                          // ... and is undone one step back
        assertFalse(nav.toEvent(4));                                    // already there
        assertTrue(nav.toEnd());
        assertFalse(nav.stepForward());
    }

    @Test void byOperation() {
        nav.toEvent(0);
        assertTrue(nav.nextOperation());
        assertEquals(3, nav.currentEvent());
        assertTrue(nav.nextOperation());
        assertEquals(10, nav.currentEvent());
        assertTrue(nav.previousOperation());                            // at a start: the operation before
        assertEquals(3, nav.currentEvent());
        nav.toEvent(7);
        assertTrue(nav.previousOperation());                            // inside: its own start
        assertEquals(3, nav.currentEvent());
        nav.toEvent(14);
        assertFalse(nav.nextOperation());                               // the last operation
        assertEquals(14, nav.currentEvent());
        nav.toStart();
        assertTrue(nav.nextOperation());                                // from nothing to the first start
        assertEquals(0, nav.currentEvent());
    }

    @Test void stepOutLandsOnTheCallersNextStep() {
        nav.toEvent(6);                                                 // inside level 2 of p2m_set_entry
        assertTrue(nav.stepOut());
        assertEquals(8, nav.currentEvent());                            // the flush, back in p2m_set_entry
        assertTrue(nav.stepOut());
        assertEquals(9, nav.currentEvent());                            // the unlock, in the operation itself
        assertTrue(nav.stepOut());
        assertEquals(15, nav.currentEvent());                           // the outermost frame runs to the end
        nav.toEvent(4);                                                 // level 1 is left for p2m_set_entry's write
        assertTrue(nav.stepOut());
        assertEquals(5, nav.currentEvent());
    }

    @Test void byKind() {
        nav.toEvent(5);
        assertTrue(nav.nextOf(EventKind.PTE_WRITE));
        assertEquals(7, nav.currentEvent());
        assertTrue(nav.nextOf(EventKind.PTE_WRITE));
        assertEquals(12, nav.currentEvent());
        assertFalse(nav.nextOf(EventKind.PTE_WRITE));
        assertEquals(12, nav.currentEvent());
        assertTrue(nav.previousOf(EventKind.TLB_FLUSH));
        assertEquals(8, nav.currentEvent());
        nav.toEvent(5);
        assertFalse(nav.previousOf(EventKind.PTE_WRITE));               // 5 is the first write
        assertFalse(nav.nextOf(EventKind.PREEMPTION));
    }

    @Test void byFindingOrAnyListSortedByEvent() {
        record Marker(long event) {}
        List<Marker> findings = List.of(new Marker(7), new Marker(12));
        nav.toStart();
        assertEquals(0, nav.nextOf(findings, Marker::event));
        assertEquals(7, nav.currentEvent());
        assertEquals(1, nav.nextOf(findings, Marker::event));
        assertEquals(12, nav.currentEvent());
        assertEquals(-1, nav.nextOf(findings, Marker::event));
        assertEquals(12, nav.currentEvent());
        assertEquals(0, nav.previousOf(findings, Marker::event));
        assertEquals(7, nav.currentEvent());
        assertEquals(-1, nav.previousOf(findings, Marker::event));
    }

    @Test void toACheckpoint() {
        Map<String, Long> checkpoints = Map.of("before-unmap", 10L);    // recorded as trace.size() before the unmap
        assertTrue(nav.toCheckpoint(checkpoints, "before-unmap"));
        assertEquals(10, nav.position());
        assertEquals(9, nav.currentEvent());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nav.toCheckpoint(checkpoints, "nope"));
        assertEquals("no checkpoint named 'nope' (known: before-unmap)", e.getMessage());
    }
}
