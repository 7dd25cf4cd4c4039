package org.p2mdbg.ui;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;

/**
 * The table entry an event reads or writes, with the values it saw: what the views
 * highlight for the event the session stands on.
 *
 * @param before the value before the event (the value read, for a read)
 * @param after  the value after it (equal to before unless the event is a write)
 */
public record TouchedEntry(long event, EventKind kind, Mfn table, int index, long before, long after) {
    /** The entry touched by an event, or null when the event touches none. */
    public static TouchedEntry of(Trace trace, long event) {
        if (event < 0 || event >= trace.size()) {
            return null;
        }
        EventKind kind = trace.kind(event);
        long a = trace.a(event);
        Mfn table = new Mfn(a >>> 9);
        int index = (int) (a & 511);
        return switch (kind) {
            case PTE_WRITE -> new TouchedEntry(event, kind, table, index, trace.b(event), trace.c(event));
            case PTE_READ -> new TouchedEntry(event, kind, table, index, trace.b(event), trace.b(event));
            default -> null;
        };
    }

    /** The entry touched by the event a session stands on, or null. */
    public static TouchedEntry current(P2mSession session) {
        return session == null ? null : of(session.trace(), EventJump.current(session));
    }

    public boolean isWrite() { return kind == EventKind.PTE_WRITE; }

    public boolean is(Mfn otherTable, int otherIndex) { return table.equals(otherTable) && index == otherIndex; }
}
