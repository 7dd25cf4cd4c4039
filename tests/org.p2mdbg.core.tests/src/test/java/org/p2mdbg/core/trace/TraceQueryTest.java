package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TraceQueryTest {
    /**
     * 0 OP "create guest", 1 ALLOC, 2 ALLOC, 3 OP "map guest gfn=0x1", 4 READ, 5 WRITE, 6 READ, 7 WRITE,
     * 8 TLB_FLUSH, 9 UNLOCK, 10 OP "unmap guest gfn=0x1", 11 READ, 12 WRITE, 13 TLB_FLUSH,
     * 14 OP "xen-pt map", 15 ALLOC.
     */
    private static Trace trace() {
        Trace t = new Trace();
        EventKind[][] ops = {
            {EventKind.FRAME_ALLOC, EventKind.FRAME_ALLOC},
            {EventKind.PTE_READ, EventKind.PTE_WRITE, EventKind.PTE_READ, EventKind.PTE_WRITE, EventKind.TLB_FLUSH, EventKind.UNLOCK},
            {EventKind.PTE_READ, EventKind.PTE_WRITE, EventKind.TLB_FLUSH},
            {EventKind.FRAME_ALLOC},
        };
        String[] names = {"create guest", "map guest gfn=0x1", "unmap guest gfn=0x1", "xen-pt map virt=0x200000"};
        for (int op = 0; op < ops.length; op++) {
            t.beginOperation(names[op]);
            for (EventKind k : ops[op]) {
                t.record(k, 0, 0, 0);
            }
        }
        return t;
    }

    @Test void byKindAsRangesOfConsecutiveEvents() {
        EventRanges writes = TraceQuery.over(trace()).kinds(EventKind.PTE_WRITE).ranges();
        assertEquals("{5..6, 7..8, 12..13}", writes.toString());
        assertEquals(3, writes.size());
        assertEquals(7, writes.event(1));
        assertTrue(writes.contains(12));
        assertFalse(writes.contains(6));

        EventRanges accesses = TraceQuery.over(trace()).kinds(EventKind.PTE_READ, EventKind.PTE_WRITE).ranges();
        assertEquals("{4..8, 11..13}", accesses.toString());
        assertEquals(6, accesses.size());
        assertEquals(11, accesses.event(4));
        assertThrows(IndexOutOfBoundsException.class, () -> accesses.event(6));
    }

    @Test void byOperationAndWindow() {
        Trace t = trace();
        assertEquals("{3..10}", TraceQuery.over(t).operation(1).ranges().toString());
        assertEquals("{8..9}", TraceQuery.over(t).operation(1).kinds(EventKind.TLB_FLUSH).ranges().toString());
        assertEquals("{5..6, 7..8}", TraceQuery.over(t).between(4, 12).kinds(EventKind.PTE_WRITE).ranges().toString());
        // kind filters narrow each other
        assertEquals("{}", TraceQuery.over(t).kinds(EventKind.PTE_READ).kinds(EventKind.PTE_WRITE).ranges().toString());
        assertTrue(TraceQuery.over(t).kinds(EventKind.PREEMPTION).ranges().isEmpty());
    }

    @Test void byDomainThroughTheOperationsActingOnIt() {
        Trace t = trace();
        OperationSubjects subjects = OperationSubjects.fromNames(t, Map.of(1, "guest"));
        assertEquals("{0..14}", TraceQuery.over(t).domain(subjects, 1).ranges().toString());   // operations 0-2, merged
        assertEquals("{1..3}", TraceQuery.over(t).domain(subjects, 1).kinds(EventKind.FRAME_ALLOC).ranges().toString());
        assertEquals("{10..14}", TraceQuery.over(t).domain(subjects, 1).between(10, 16).ranges().toString());
        assertEquals("{14..16}", TraceQuery.over(t).domain(subjects, OperationSubjects.NONE).ranges().toString());
    }
}
