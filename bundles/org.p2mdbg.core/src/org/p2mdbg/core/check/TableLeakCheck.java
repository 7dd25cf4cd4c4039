package org.p2mdbg.core.check;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.EventKind;

/**
 * TABLE_LEAK: a table frame still allocated although no live root reaches it: when its owner
 * domain is destroyed (all of that domain's tables), and at the end of the trace (every table not
 * connected to an allocated root of a domain that is not destroyed). Only owners with a declared
 * root of that frame kind are judged, so a tree the caller did not describe is never reported.
 */
final class TableLeakCheck implements Check {
    /** FRAME_ALLOC events of the tables already reported. */
    private final Set<Long> reported = new HashSet<>();

    @Override public Rule rule() { return Rule.TABLE_LEAK; }

    @Override public Set<EventKind> kinds() { return EnumSet.of(EventKind.DOMAIN_STATE); }

    @Override public void observe(long e, CheckState s) {
        int domain = (int) s.trace.a(e);
        if (s.trace.b(e) != DomainState.DESTROYED.ordinal()) {
            return;
        }
        for (TableTopology.TableShadow t : s.tables.tablesByMfn()) {
            if (t.owner == domain && t.kind.isTable() && reported.add(t.allocEvent)) {
                s.report(rule(), domain, t.mfn, (TableRoot) null, -1, e, CheckState.events(t.allocEvent, e),
                        "table frame " + Hex.of(t.mfn) + " (" + t.kind + " of " + s.context.domainName(domain) + ", allocated at event "
                        + t.allocEvent + ") was not freed before " + s.context.domainName(domain) + " was destroyed at event " + e);
            }
        }
    }

    @Override public void finish(CheckState s) {
        long last = s.trace.size() - 1;
        for (TableTopology.TableShadow t : s.tables.tablesByMfn()) {
            if (!t.kind.isTable() || !judged(s, t) || reported.contains(t.allocEvent)) {
                continue;
            }
            TablePlace p = s.tables.place(t.mfn);
            if (p != null && s.state(p.root().owner()) != DomainState.DESTROYED) {
                continue;
            }
            String why = t.unlinkEvent >= 0 ? "its last link was removed at event " + t.unlinkEvent
                    : p == null ? "nothing ever linked it into a tree" : "its tree belongs to a destroyed domain";
            s.report(rule(), t.owner, t.mfn, (TableRoot) null, -1, last, CheckState.events(t.allocEvent, t.unlinkEvent, last),
                    "table frame " + Hex.of(t.mfn) + " (" + t.kind + " of " + s.context.domainName(t.owner) + ", allocated at event "
                    + t.allocEvent + ") is reachable from no live root at the end of the trace (" + why + ") and was never freed");
        }
    }

    private static boolean judged(CheckState s, TableTopology.TableShadow t) {
        for (TableRoot r : s.context.roots()) {
            if (r.kind() == t.kind && r.owner() == t.owner) {
                return true;
            }
        }
        return false;
    }
}
