package org.p2mdbg.ui.trace;

import java.util.HashMap;
import java.util.Map;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.OperationSubjects;
import org.p2mdbg.core.trace.TraceQuery;
import org.p2mdbg.debug.session.P2mSession;

/**
 * What the Trace view lists: events of one kind, of one operation, of the operations acting on one
 * domain, or any combination (null / -1 = no restriction), answered by the core's TraceQuery.
 */
record TraceFilter(EventKind kind, int operation, int domainId) {
    static final int ANY = -1;
    static final TraceFilter NONE = new TraceFilter(null, ANY, ANY);

    TraceFilter withKind(EventKind k) { return new TraceFilter(k, operation, domainId); }

    TraceFilter withOperation(int op) { return new TraceFilter(kind, op, domainId); }

    TraceFilter withDomain(int id) { return new TraceFilter(kind, operation, id); }

    EventRows rows(P2mSession session) {
        TraceQuery q = TraceQuery.over(session.trace());
        if (kind != null) {
            q = q.kinds(kind);
        }
        if (operation != ANY) {
            q = q.operation(operation);
        }
        if (domainId != ANY) {
            Map<Integer, String> names = new HashMap<>();
            for (Domain d : session.machine().domains()) {
                names.put(d.id(), d.name());
            }
            q = q.domain(OperationSubjects.fromNames(session.trace(), names), domainId);
        }
        return new EventRows(q.ranges());
    }
}
