package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
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

    /**
     * The context of an emulated machine: its domains' names and p2m roots (read from its trace, see
     * {@link MachineRoots}), plus other roots such as Xen's own ({@link TableRoot#xen}).
     */
    public static CheckContext forMachine(Machine machine, TableRoot... otherRoots) {
        List<TableRoot> roots = new ArrayList<>(MachineRoots.p2mRoots(machine));
        roots.addAll(List.of(otherRoots));
        Map<Integer, String> names = new HashMap<>();
        for (Domain d : machine.domains()) {
            names.put(d.id(), d.name());
        }
        return of(machine.trace(), roots, names);
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
