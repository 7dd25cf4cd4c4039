package org.p2mdbg.core.trace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Moves a {@link TraceCursor} the ways a debugger steps: by event, by operation, out of the current
 * function, to the next or previous event of a kind, finding or checkpoint. The navigator "stands
 * on" the last event that happened: at cursor position p the current event is p - 1 (-1 at the
 * start), and going to event e puts the cursor at e + 1, so the machine shows e's effect. Every
 * move costs O(distance) (the cursor replays that many events) or less; none scans the whole trace.
 * Each method returns true when it moved.
 */
public final class TraceNavigator {
    private final TraceCursor cursor;
    private final Trace trace;
    private int[] depths = new int[64];

    public TraceNavigator(TraceCursor cursor) {
        this.cursor = cursor;
        this.trace = cursor.trace();
    }

    public long position() { return cursor.position(); }

    /** The last event that happened, -1 at the start of the trace. */
    public long currentEvent() { return cursor.position() - 1; }

    /** Makes event {@code e} the current one. */
    public boolean toEvent(long e) {
        if (e < -1 || e >= trace.size()) {
            throw new IllegalArgumentException("event " + e + " outside -1.." + (trace.size() - 1));
        }
        return seek(e + 1);
    }

    public boolean toStart() { return seek(0); }

    public boolean toEnd() { return seek(trace.size()); }

    public boolean stepForward() { return cursor.position() < trace.size() && seek(cursor.position() + 1); }

    public boolean stepBack() { return cursor.position() > 0 && seek(cursor.position() - 1); }

    /** To the start (the OPERATION_START event) of the next operation. */
    public boolean nextOperation() {
        int op = trace.operationOf(currentEvent()) + 1;
        return op < trace.operationCount() && toEvent(trace.operationStart(op));
    }

    /** To the start of the current operation, or of the previous one when already at a start. */
    public boolean previousOperation() {
        long current = currentEvent();
        if (current < 0) {
            return false;
        }
        int op = trace.operationOf(current);
        if (op >= 0 && trace.operationStart(op) == current) {
            op--;
        }
        return op >= 0 && toEvent(trace.operationStart(op));
    }

    /**
     * Out of the current event's function: to the first later event whose call path is shallower
     * (the caller's next step), or to the end when the function runs to the end of the trace.
     */
    public boolean stepOut() {
        long current = currentEvent();
        if (current < 0) {
            return false;
        }
        int depth = depth(trace.path(current));
        for (long e = current + 1; e < trace.size(); e++) {
            if (depth(trace.path(e)) < depth) {
                return toEvent(e);
            }
        }
        return toEnd();
    }

    /** To the next event of a kind after the current one. */
    public boolean nextOf(EventKind kind) {
        for (long e = currentEvent() + 1; e < trace.size(); e++) {
            if (trace.kind(e) == kind) {
                return toEvent(e);
            }
        }
        return false;
    }

    /** To the last event of a kind before the current one. */
    public boolean previousOf(EventKind kind) {
        for (long e = currentEvent() - 1; e >= 0; e--) {
            if (trace.kind(e) == kind) {
                return toEvent(e);
            }
        }
        return false;
    }

    /**
     * To the next of a list of items sorted by event (findings: {@code Finding::event}) after the
     * current event; returns the index of the item reached, or -1 (and no move) when none follows.
     */
    public <T> int nextOf(List<T> items, ToLongFunction<T> event) {
        int i = firstAfter(items, event, currentEvent());
        if (i == items.size()) {
            return -1;
        }
        toEvent(event.applyAsLong(items.get(i)));
        return i;
    }

    /** As {@link #nextOf(List, ToLongFunction)}, to the last item before the current event. */
    public <T> int previousOf(List<T> items, ToLongFunction<T> event) {
        int i = firstAfter(items, event, currentEvent() - 1) - 1;
        if (i < 0) {
            return -1;
        }
        toEvent(event.applyAsLong(items.get(i)));
        return i;
    }

    /** To a named checkpoint: a cursor position recorded while the scenario ran. */
    public boolean toCheckpoint(Map<String, Long> checkpoints, String name) {
        Long p = checkpoints.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no checkpoint named '" + name + "' (known: " + String.join(", ", checkpoints.keySet()) + ")");
        }
        return seek(p);
    }

    /** The index of the first item whose event is after {@code e} (binary search). */
    private static <T> int firstAfter(List<T> items, ToLongFunction<T> event, long e) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (event.applyAsLong(items.get(mid)) <= e) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean seek(long target) {
        if (target == cursor.position()) {
            return false;
        }
        cursor.seek(target);
        return true;
    }

    /** Number of frames in a call path, cached per interned path. */
    private int depth(int path) {
        if (path >= depths.length) {
            depths = Arrays.copyOf(depths, Math.max(path + 1, depths.length * 2));
        }
        if (depths[path] == 0 && path != CallPaths.ROOT) {
            depths[path] = depth(trace.callPaths().parent(path)) + 1;
        }
        return depths[path];
    }
}
