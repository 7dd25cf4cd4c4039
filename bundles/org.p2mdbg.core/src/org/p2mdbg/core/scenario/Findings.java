package org.p2mdbg.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.check.CheckContext;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.MachineRoots;
import org.p2mdbg.core.check.RuleChecker;
import org.p2mdbg.core.check.TableRoot;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.trace.OperationSubjects;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;

/**
 * Runs every rule check over a run's trace, with the table roots the run created (the domains'
 * p2ms, Xen's own tables once a xen-pt or vlpt statement built them, the IOMMU tables and the PV
 * page tables) and the domain each operation acted on, then compares each device's IOMMU tables with
 * its domain's p2m as the run left them.
 */
final class Findings {
    private Findings() {}

    static List<Finding> check(Machine machine, XenPageTables xen, RunSystems systems, OperationSubjects subjects) {
        List<TableRoot> roots = new ArrayList<>(MachineRoots.p2mRoots(machine));
        if (xen != null) {
            roots.add(TableRoot.xen(xen.root(), xen.rootLevel()));
        }
        roots.addAll(systems.roots());
        Map<Integer, String> names = new HashMap<>();
        for (Domain d : machine.domains()) {
            names.put(d.id(), d.name());
        }
        List<Finding> findings = new ArrayList<>(RuleChecker.checkAll(machine.trace(), new CheckContext(roots, names, subjects)));
        // checked on the tables as the run left them, not over the trace; kept in event order with the others
        findings.addAll(IommuP2mMismatches.find(machine, systems.iommus()));
        findings.sort(Comparator.comparingLong(Finding::event));
        return findings;
    }
}
