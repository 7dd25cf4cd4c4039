package org.p2mdbg.core.trace;

/**
 * Where the debugger's step controls land, as trace positions (position p = events 0..p-1 have
 * happened; the current event is p-1). Forward and backward controls mirror each other: stepping
 * over then back over returns to the same place.
 */
public final class StepTargets {
    private StepTargets() {}

    /** Step Over: to the end of the operation the next event belongs to. */
    public static long endOfOperation(Trace trace, long position) {
        if (position >= trace.size() || trace.operationCount() == 0) {
            return trace.size();
        }
        int op = trace.operationOf(position);
        return op < 0 ? trace.operationStart(0) : trace.operationEnd(op);
    }

    /** Step Back Over: to just before the operation the current event belongs to. */
    public static long startOfOperation(Trace trace, long position) {
        if (position <= 0) {
            return 0;
        }
        int op = trace.operationOf(position - 1);
        return op < 0 ? 0 : trace.operationStart(op);
    }

    /**
     * Step Return: runs until the current function has returned, stopping at the first event of its
     * caller (a shallower call path). From an operation's own frame it is Step Over.
     */
    public static long endOfFunction(Trace trace, long position) {
        if (position <= 0) {
            return endOfOperation(trace, position);
        }
        CallPaths paths = trace.callPaths();
        int depth = paths.depth(trace.path(position - 1));
        if (depth <= 1) {
            return endOfOperation(trace, position);
        }
        for (long e = position; e < trace.size(); e++) {
            if (paths.depth(trace.path(e)) < depth) {
                return e + 1;
            }
        }
        return trace.size();
    }

    /** Step Back Return: back to the caller's last event before the current function was entered. */
    public static long beforeFunction(Trace trace, long position) {
        if (position <= 1) {
            return 0;
        }
        CallPaths paths = trace.callPaths();
        int depth = paths.depth(trace.path(position - 1));
        for (long e = position - 2; e >= 0; e--) {
            if (paths.depth(trace.path(e)) < depth) {
                return e + 1;
            }
        }
        return 0;
    }
}
