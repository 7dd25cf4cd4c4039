package org.p2mdbg.core.scenario;

import java.util.HashMap;
import java.util.Map;

import org.p2mdbg.core.mem.FrameColumn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.OperationSubjects;
import org.p2mdbg.core.trace.Trace;

/**
 * The page references each domain holds on other domains' pages, counted from the trace: a
 * reference taken or dropped inside an operation on domain D, on a frame owned (when it happened)
 * by another domain, is one D holds or gave back (a foreign mapping takes one, relinquish drops it).
 */
final class HeldReferences {
    private HeldReferences() {}

    /** A frame not allocated (no owner id is this). */
    private static final long UNOWNED = Long.MIN_VALUE;

    /** Domain id → references held at the end of the trace (domains holding none are absent). */
    static Map<Integer, Long> count(Trace trace, OperationSubjects subjects) {
        FrameColumn owners = new FrameColumn(UNOWNED);
        Map<Integer, Long> held = new HashMap<>();
        for (int op = 0; op < trace.operationCount(); op++) {
            int subject = subjects.subject(op);
            for (long e = trace.operationStart(op); e < trace.operationEnd(op); e++) {
                EventKind kind = trace.kind(e);
                long mfn = trace.a(e);
                switch (kind) {
                    case FRAME_ALLOC -> owners.set(mfn, (int) trace.c(e));
                    case FRAME_FREE -> owners.set(mfn, UNOWNED);
                    case REF_GET, REF_PUT -> {
                        if (subject != OperationSubjects.NONE && owners.get(mfn) != subject) {
                            held.merge(subject, kind == EventKind.REF_GET ? 1L : -1L, Long::sum);
                        }
                    }
                    default -> { }
                }
            }
        }
        held.values().removeIf(n -> n == 0);
        return held;
    }
}
