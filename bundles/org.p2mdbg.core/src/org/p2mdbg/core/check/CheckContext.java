package org.p2mdbg.core.check;

import java.util.List;
import java.util.Map;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.trace.OperationSubjects;
import org.p2mdbg.core.trace.Trace;

/**
 * What the checkers must be told beside the trace: the roots of the table trees (p2m roots, Xen's
 * root, IOMMU roots; their FRAME_ALLOC events must be in the trace), the domain names, and which
 * domain each operation acts on.
 */
public record CheckContext(List<TableRoot> roots, Map<Integer, String> domainNames, OperationSubjects subjects) {
    public CheckContext {
        roots = List.copyOf(roots);
        domainNames = Map.copyOf(domainNames);
    }

    /** A context whose operation subjects are read from the operation names (see {@link OperationSubjects#fromNames}). */
    public static CheckContext of(Trace trace, List<TableRoot> roots, Map<Integer, String> domainNames) {
        return new CheckContext(roots, domainNames, OperationSubjects.fromNames(trace, domainNames));
    }

    /** How a finding names a domain: its scenario name, "xen" for DOMID_XEN, else "d" and the id. */
    public String domainName(int id) {
        if (id == FrameStore.DOMID_XEN) {
            return "xen";
        }
        String name = domainNames.get(id);
        return name != null ? name : "d" + id;
    }
}
