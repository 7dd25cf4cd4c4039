package org.p2mdbg.model.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Each domain's state at a trace position, read from the DOMAIN_STATE events (the core keeps only
 * the latest state, and stepping the trace back does not change it). A domain with no such event
 * before the position had not been created yet.
 */
final class DomainHistory {
    private DomainHistory() {}

    /** The state of each domain that existed at {@code position}, by domain id. */
    static Map<Integer, DomainState> statesAt(Trace trace, long position, List<Domain> domains) {
        Map<Integer, DomainState> states = new HashMap<>();
        if (position == trace.size()) {
            for (Domain d : domains) {
                states.put(d.id(), d.state());
            }
            return states;
        }
        Set<Integer> wanted = new HashSet<>();
        for (Domain d : domains) {
            wanted.add(d.id());
        }
        DomainState[] values = DomainState.values();
        for (long e = position - 1; e >= 0 && states.size() < wanted.size(); e--) {
            // a domain whose creation failed left an event too, but is no domain of the machine
            if (trace.kind(e) == EventKind.DOMAIN_STATE && wanted.contains((int) trace.a(e))) {
                states.putIfAbsent((int) trace.a(e), values[(int) trace.b(e)]);
            }
        }
        return states;
    }

    /**
     * The first root page a domain's p2m had: its first P2M_TABLE frame allocation, since p2m_init
     * allocates the root before any other table. Null when the trace holds none. Needed once
     * p2m_teardown has forgotten p2m->root but the trace can still be stepped back to a live p2m.
     */
    static Mfn p2mRootAllocation(Trace trace, int domainId) {
        for (long e = 0; e < trace.size(); e++) {
            if (trace.kind(e) == EventKind.FRAME_ALLOC && trace.c(e) == domainId
                    && (trace.b(e) & 0xff) == FrameKind.P2M_TABLE.ordinal()) {
                return new Mfn(trace.a(e));
            }
        }
        return null;
    }
}
