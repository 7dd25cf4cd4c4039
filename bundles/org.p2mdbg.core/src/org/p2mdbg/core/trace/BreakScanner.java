package org.p2mdbg.core.trace;

import java.util.List;
import java.util.function.Supplier;

/**
 * Finds the next (or previous) event at which any break condition holds, scanning the recorded
 * trace: the emulation already ran, so "running to a breakpoint" is a search, forwards or backwards.
 */
public final class BreakScanner {
    private final Trace trace;
    private final Supplier<EntryLocator> freshLocator;

    /** @param freshLocator makes an entry locator at event 0 with the machine's roots declared */
    public BreakScanner(Trace trace, Supplier<EntryLocator> freshLocator) {
        this.trace = trace;
        this.freshLocator = freshLocator;
    }

    /** The first event in [from, end of trace) where a condition holds, or -1. */
    public long next(long from, List<BreakCondition> conditions) {
        if (conditions.isEmpty()) {
            return -1;
        }
        EntryLocator forward = freshLocator.get();
        for (long e = from; e < trace.size(); e++) {
            forward.advance(e);
            if (holds(e, conditions, forward)) {
                return e;
            }
        }
        return -1;
    }

    /** The last event in [0, before) where a condition holds, or -1. */
    public long previous(long before, List<BreakCondition> conditions) {
        if (conditions.isEmpty()) {
            return -1;
        }
        long found = -1;
        EntryLocator forward = freshLocator.get();
        for (long e = 0; e < before; e++) {   // forwards, because entry places are learnt in order
            forward.advance(e);
            if (holds(e, conditions, forward)) {
                found = e;
            }
        }
        return found;
    }

    /** Whether a condition holds at one event (to tell which breakpoints a stop was for). */
    public boolean holdsAt(long event, BreakCondition condition) {
        EntryLocator places = freshLocator.get();
        places.advance(event);
        return holds(event, List.of(condition), places);
    }

    private boolean holds(long e, List<BreakCondition> conditions, EntryLocator places) {
        EventKind kind = trace.kind(e);
        for (BreakCondition c : conditions) {
            switch (c) {
                case BreakCondition.OnKind k -> {
                    if (k.kind() == kind) {
                        return true;
                    }
                }
                case BreakCondition.OnWrite w -> {
                    if (kind == EventKind.PTE_WRITE && covers(places.locate(e), (int) (trace.a(e) & 511), w)) {
                        return true;
                    }
                }
                case BreakCondition.AtEvents a -> {
                    if (a.events().contains(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean covers(EntryLocator.Place place, int index, BreakCondition.OnWrite w) {
        if (place == null || place.owner() != w.owner()) {
            return false;
        }
        long first = place.entryFirstFrame(index);
        long last = first + place.entrySpan() - 1;
        return Long.compareUnsigned(first, w.lastFrame()) <= 0 && Long.compareUnsigned(w.firstFrame(), last) <= 0;
    }
}
