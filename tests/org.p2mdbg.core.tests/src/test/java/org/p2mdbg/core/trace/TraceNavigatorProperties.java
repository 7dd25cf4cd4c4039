package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.p2mdbg.core.mem.FrameStore;

/** Every move of the navigator lands where a plain scan over (kind, call depth) pairs says it must. */
class TraceNavigatorProperties {
    private static final EventKind[] KINDS = {EventKind.PTE_READ, EventKind.TLB_FLUSH, EventKind.PREEMPT_CHECK, EventKind.LOCK};

    /** 0-3 record one of KINDS, 4 enter a function, 5 leave it, 6 begin an operation. */
    @Provide Arbitrary<List<Integer>> script() { return Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(80); }

    @Property(tries = 200)
    void movesAgreeWithALinearScan(@ForAll("script") List<Integer> script, @ForAll @IntRange(max = 80) int start,
                                   @ForAll @IntRange(max = 3) int kindIndex) {
        Trace trace = new Trace();
        List<EventKind> kinds = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        int depth = 0;
        for (int step : script) {
            if (step < 4) {
                trace.record(KINDS[step], 0, 0, 0);
            } else if (step == 4) {
                trace.enter("f" + depth);
                depth++;
                continue;
            } else if (step == 5) {
                if (depth > 1) {
                    trace.leave();
                    depth--;
                }
                continue;
            } else {
                trace.beginOperation("op");
                depth = 1;
            }
            kinds.add(trace.kind(trace.size() - 1));
            depths.add(depth);
        }
        long size = trace.size();
        long from = Math.min(start, size);
        EventKind kind = KINDS[kindIndex];
        TraceNavigator nav = new TraceNavigator(new TraceCursor(trace, new FrameStore(0, 1)));

        nav.toEvent(from - 1);
        nav.nextOf(kind);
        assertEquals(scanForward(kinds, from, kind), nav.position(), "nextOf");

        nav.toEvent(from - 1);
        nav.previousOf(kind);
        long previous = from;
        for (long e = from - 2; e >= 0; e--) {
            if (kinds.get((int) e) == kind) {
                previous = e + 1;
                break;
            }
        }
        assertEquals(previous, nav.position(), "previousOf");

        nav.toEvent(from - 1);
        nav.nextOperation();
        assertEquals(scanForward(kinds, from, EventKind.OPERATION_START), nav.position(), "nextOperation");

        nav.toEvent(from - 1);
        nav.stepOut();
        long out = from;
        if (from > 0) {
            out = size;
            for (long e = from; e < size; e++) {
                if (depths.get((int) e) < depths.get((int) from - 1)) {
                    out = e + 1;
                    break;
                }
            }
        }
        assertEquals(out, nav.position(), "stepOut");
    }

    /** The position after the first event of {@code kind} at or after index {@code from}, or {@code from}. */
    private static long scanForward(List<EventKind> kinds, long from, EventKind kind) {
        for (long e = from; e < kinds.size(); e++) {
            if (kinds.get((int) e) == kind) {
                return e + 1;
            }
        }
        return from;
    }
}
