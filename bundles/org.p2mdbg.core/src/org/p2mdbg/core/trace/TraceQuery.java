package org.p2mdbg.core.trace;

import java.util.EnumSet;
import java.util.Set;

/**
 * The events of a trace a view asks for, filtered by kind, operation, domain (the operations that
 * act on it) and index window, answered as {@link EventRanges} without copying events. Filters
 * combine with "and"; each returns a new query. The cost is one pass over the events of the
 * selected operations (none when no kind filter is set).
 */
public final class TraceQuery {
    private final Trace trace;
    private final Set<EventKind> kinds;
    private final long from;
    private final long to;
    private final OperationSubjects subjects;
    private final int domain;

    private TraceQuery(Trace trace, Set<EventKind> kinds, long from, long to, OperationSubjects subjects, int domain) {
        this.trace = trace;
        this.kinds = kinds;
        this.from = from;
        this.to = to;
        this.subjects = subjects;
        this.domain = domain;
    }

    /** Every event of the trace (as long as the trace is now). */
    public static TraceQuery over(Trace trace) { return new TraceQuery(trace, null, 0, trace.size(), null, 0); }

    /** Only events of these kinds. */
    public TraceQuery kinds(EventKind first, EventKind... more) {
        EnumSet<EventKind> k = EnumSet.of(first, more);
        if (kinds != null) {
            k.retainAll(kinds);
        }
        return new TraceQuery(trace, k, from, to, subjects, domain);
    }

    /** Only events in [from, to). */
    public TraceQuery between(long start, long end) {
        return new TraceQuery(trace, kinds, Math.max(from, start), Math.min(to, end), subjects, domain);
    }

    /** Only events of one operation. */
    public TraceQuery operation(int op) { return between(trace.operationStart(op), trace.operationEnd(op)); }

    /** Only events of the operations acting on {@code domainId}. */
    public TraceQuery domain(OperationSubjects operationSubjects, int domainId) {
        return new TraceQuery(trace, kinds, from, to, operationSubjects, domainId);
    }

    public EventRanges ranges() {
        EventRanges.Builder out = new EventRanges.Builder();
        if (subjects == null) {
            collect(from, to, out);
            return out.build();
        }
        int first = Math.max(0, trace.operationOf(from));
        for (int op = first; op < trace.operationCount() && trace.operationStart(op) < to; op++) {
            if (subjects.subject(op) == domain) {
                collect(Math.max(from, trace.operationStart(op)), Math.min(to, trace.operationEnd(op)), out);
            }
        }
        return out.build();
    }

    private void collect(long start, long end, EventRanges.Builder out) {
        if (kinds == null) {
            out.add(start, end);
            return;
        }
        long run = -1;
        for (long e = start; e < end; e++) {
            boolean match = kinds.contains(trace.kind(e));
            if (match && run < 0) {
                run = e;
            } else if (!match && run >= 0) {
                out.add(run, e);
                run = -1;
            }
        }
        if (run >= 0) {
            out.add(run, end);
        }
    }
}
