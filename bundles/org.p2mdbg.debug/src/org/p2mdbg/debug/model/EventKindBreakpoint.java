package org.p2mdbg.debug.model;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.debug.session.P2mSession;

/** Stops on every event of one kind, e.g. each TLB flush or each preemption. */
public final class EventKindBreakpoint extends P2mBreakpoint {
    public static final String MARKER = "org.p2mdbg.debug.eventKindBreakpointMarker";
    static final String ATTR_KIND = "org.p2mdbg.debug.kind";

    /** Made by the breakpoint manager when it restores a persisted marker. */
    public EventKindBreakpoint() {}

    public EventKindBreakpoint(EventKind kind) throws CoreException {
        create(MARKER, "on every " + kind + " event", Map.of(ATTR_KIND, kind.name()));
    }

    public EventKind kind() throws CoreException { return EventKind.valueOf(getMarker().getAttribute(ATTR_KIND, "")); }

    @Override
    public BreakCondition condition(P2mSession session) throws CoreException { return new BreakCondition.OnKind(kind()); }
}
