package org.p2mdbg.core.check;

import java.util.Set;

import org.p2mdbg.core.trace.EventKind;

/** One rule's check: it looks at some kinds of events, in trace order, and reports findings. */
interface Check {
    Rule rule();

    /** The kinds of events {@link #observe} wants to see. */
    Set<EventKind> kinds();

    /** Looks at one event, with the state as it was just before the event happened. */
    void observe(long event, CheckState state);

    /** Called once after the last event, with the state at the end of the trace. */
    default void finish(CheckState state) {}
}
