package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * The roots of a machine's VT-d and AMD-Vi tables (org.p2mdbg.core.iommu), read from its trace: every
 * frame written to a domain's root register ({@code d<id>.vtd.pgd_maddr}, {@code d<id>.amdvi.root_table})
 * is a root, at the AMD-Vi paging mode of that moment (a new, deeper root each time an HVM domain's
 * table grows). The IOTLB tag is the domain id; an SMMU has no tables of its own (its p2m root is
 * marked as shared by {@link MachineRoots}).
 */
public final class IommuRoots {
    private static final Pattern ROOT = Pattern.compile("d(\\d+)\\.(vtd\\.pgd_maddr|amdvi\\.root_table|amdvi\\.paging_mode)");

    private IommuRoots() {}

    public static List<TableRoot> of(Machine machine) {
        Trace trace = machine.trace();
        Registers registers = machine.frames().registers();
        Map<Integer, Integer> pagingModes = new HashMap<>();
        List<TableRoot> roots = new ArrayList<>();
        for (long e = 0; e < trace.size(); e++) {
            if (trace.kind(e) != EventKind.REGISTER_WRITE) {
                continue;
            }
            Matcher m = ROOT.matcher(registers.name((int) trace.a(e)));
            long value = trace.c(e);
            if (!m.matches() || value == 0) {
                continue;
            }
            int domain = Integer.parseInt(m.group(1));
            switch (m.group(2)) {
                case "amdvi.paging_mode" -> pagingModes.put(domain, (int) value);
                case "vtd.pgd_maddr" -> roots.add(TableRoot.iommu(new Mfn(value), 0, VtdEntryFormat.INSTANCE, domain, domain));
                default -> roots.add(TableRoot.iommu(new Mfn(value), AmdViEntryFormat.rootLevel(pagingModes.get(domain)),
                        AmdViEntryFormat.INSTANCE, domain, domain));
            }
        }
        return roots;
    }
}
