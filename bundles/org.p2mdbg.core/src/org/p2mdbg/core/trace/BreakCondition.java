package org.p2mdbg.core.trace;

import java.util.Set;

/** Where a debugger run stops: a condition on one event of the trace. */
public sealed interface BreakCondition {
    /** Stops on every event of a kind (e.g. TLB_FLUSH, PREEMPTION). */
    record OnKind(EventKind kind) implements BreakCondition {}

    /** Stops on a descriptor write in {@code owner}'s tree covering any input frame of [first, last]. */
    record OnWrite(int owner, long firstFrame, long lastFrame) implements BreakCondition {
        public OnWrite {
            if (Long.compareUnsigned(firstFrame, lastFrame) > 0) {
                throw new IllegalArgumentException("empty frame range " + Long.toHexString(firstFrame) + ".." + Long.toHexString(lastFrame));
            }
        }
    }

    /** Stops at the events where findings are proven (the event indices of the findings of a rule). */
    record AtEvents(String label, Set<Long> events) implements BreakCondition {}
}
