package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * The p2m roots of an emulated Arm machine, read from its trace: the P2M_TABLE frames p2m_alloc_table
 * allocated for each domain (a torn-down p2m no longer knows its root, but the trace does). A domain
 * created twice with the same id gets one root per creation.
 */
public final class MachineRoots {
    private MachineRoots() {}

    public static List<TableRoot> p2mRoots(Machine machine) {
        List<TableRoot> roots = new ArrayList<>();
        if (!machine.arch().isArm()) {
            return roots;
        }
        Trace trace = machine.trace();
        CallPaths paths = trace.callPaths();
        int level = machine.virtPaging().rootLevel();
        int pages = machine.virtPaging().rootPages();
        for (long e = 0; e < trace.size(); e++) {
            if (trace.kind(e) == EventKind.FRAME_ALLOC && (trace.b(e) & 0xff) == FrameKind.P2M_TABLE.ordinal()
                    && paths.label(trace.path(e)).equals("p2m_alloc_table")) {
                int owner = (int) trace.c(e);
                boolean smmu = machine.domain(owner).map(Domain::hasIommu).orElse(false);
                roots.add(TableRoot.p2m(new Mfn(trace.a(e)), level, pages, owner, smmu));
                e += pages - 1;  // the other concatenated pages follow
            }
        }
        return roots;
    }
}
