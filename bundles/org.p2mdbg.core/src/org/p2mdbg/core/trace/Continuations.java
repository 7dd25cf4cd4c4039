package org.p2mdbg.core.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every hypercall continuation of a recorded run. The emulation resumes a preempted call in one of
 * two ways, and both are found from the trace alone:
 * <ul>
 * <li>as the next operation, when that operation calls the same statement again (the runner names
 * each call "STATEMENT (... #k)": "destroy guest (relinquish #2)" after "#1"); the continuation
 * resumes at that operation's first event inside the preempted function (or, when the function
 * had nothing left to do, at the operation's first event) and returns at the operation's end;</li>
 * <li>inside the same operation (a XENMEM batch or populate_physmap going on with the next page):
 * it resumes at the next event inside the preempted function and returns at the operation's next
 * preemption or at its end.</li>
 * </ul>
 * A preemption followed by neither is never resumed in the trace: its continuation outlives it.
 */
public final class Continuations {
    /** The completion of a continuation the trace never resumes. */
    public static final long NEVER = Long.MAX_VALUE;

    private final List<Continuation> all;

    private Continuations(List<Continuation> all) { this.all = List.copyOf(all); }

    /** Scans a finished trace once. */
    public static Continuations of(Trace trace) {
        List<Long> preemptions = new ArrayList<>();
        for (long e = 0; e < trace.size(); e++) {
            if (trace.kind(e) == EventKind.PREEMPTION) {
                preemptions.add(e);
            }
        }
        Map<Integer, Boolean> inFunction = new HashMap<>();
        List<Continuation> out = new ArrayList<>();
        for (int i = 0; i < preemptions.size(); i++) {
            long e = preemptions.get(i);
            int op = trace.operationOf(e);
            String function = trace.callPaths().label(trace.path(e));
            inFunction.clear();
            long resumption;
            long completion;
            if (op + 1 < trace.operationCount() && reissues(trace.operationName(op), trace.operationName(op + 1))) {
                long start = trace.operationStart(op + 1);
                long end = trace.operationEnd(op + 1);
                long inside = firstIn(trace, function, start, end, inFunction);
                resumption = inside >= 0 ? inside : Math.min(start + 1, end - 1);
                completion = end;
            } else {
                resumption = firstIn(trace, function, e + 1, trace.operationEnd(op), inFunction);
                long next = i + 1 < preemptions.size() ? preemptions.get(i + 1) + 1 : NEVER;
                completion = resumption >= 0 ? Math.min(next, trace.operationEnd(op)) : NEVER;
            }
            out.add(new Continuation(e, op, function, trace.a(e), resumption, completion));
        }
        return new Continuations(out);
    }

    /** Whether operation {@code later} is the next call of the statement {@code earlier} was a call of. */
    static boolean reissues(String earlier, String later) {
        int a = earlier.lastIndexOf(" (");
        int b = later.lastIndexOf(" (");
        return a > 0 && a == b && earlier.regionMatches(0, later, 0, a) && earlier.endsWith(")") && later.endsWith(")")
                && earlier.indexOf('#', a) > 0 && later.indexOf('#', b) > 0;
    }

    /** The first event in [from, to) whose call path goes through {@code function}, or -1. */
    private static long firstIn(Trace trace, String function, long from, long to, Map<Integer, Boolean> memo) {
        CallPaths paths = trace.callPaths();
        for (long e = from; e < to; e++) {
            if (memo.computeIfAbsent(trace.path(e), p -> through(paths, p, function))) {
                return e;
            }
        }
        return -1;
    }

    private static boolean through(CallPaths paths, int path, String function) {
        for (int p = path; p > CallPaths.ROOT; p = paths.parent(p)) {
            if (paths.label(p).equals(function)) {
                return true;
            }
        }
        return false;
    }

    /** Every continuation, in the order of their preemptions. */
    public List<Continuation> all() { return all; }

    /** The continuations that exist at a position, oldest first. */
    public List<Continuation> at(long position) {
        List<Continuation> out = new ArrayList<>();
        for (Continuation c : all) {
            if (c.preemption() >= position) {
                break;
            }
            if (c.existsAt(position)) {
                out.add(c);
            }
        }
        return out;
    }
}
