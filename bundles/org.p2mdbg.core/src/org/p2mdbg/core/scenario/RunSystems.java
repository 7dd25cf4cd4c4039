package org.p2mdbg.core.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.p2mdbg.core.check.IommuRoots;
import org.p2mdbg.core.check.TableRoot;
import org.p2mdbg.core.check.TableUser;
import org.p2mdbg.core.check.X86EntryFormat;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.x86pv.PvAddressSpace;
import org.p2mdbg.core.xen.arm32.Arm32XenTables;
import org.p2mdbg.core.xen.arm32.Vlpt;

/**
 * The parts of the emulated host a run creates when a statement first needs them, beside the
 * machine's domains and p2ms: the machine's IOMMU contexts, Xen's arm32 tables with each domain's
 * VLPT, and each x86 PV domain's process address space. Like the machine, they are live: a result
 * taken in the middle of a run sees them change as it goes on.
 */
public final class RunSystems {
    private final Machine machine;
    private IommuContexts iommus;
    private Arm32XenTables arm32XenTables;
    private final Map<Integer, Vlpt> vlpts = new LinkedHashMap<>();
    private final Map<Integer, PvAddressSpace> pvSpaces = new LinkedHashMap<>();

    RunSystems(Machine machine) { this.machine = machine; }

    /** The machine's IOMMUs, once a device was declared. */
    public Optional<IommuContexts> iommus() { return Optional.ofNullable(iommus); }

    /** Xen's arm32 first-level table and xen_second, once a vlpt statement ran. */
    public Optional<Arm32XenTables> arm32XenTables() { return Optional.ofNullable(arm32XenTables); }

    /** The domain's VLPT, once a vlpt statement named it. */
    public Optional<Vlpt> vlpt(Domain d) { return Optional.ofNullable(vlpts.get(d.id())); }

    /** The PV domain's process address space, once a pv statement named it. */
    public Optional<PvAddressSpace> pvAddressSpace(Domain d) { return Optional.ofNullable(pvSpaces.get(d.id())); }

    /** Every PV address space, in creation order. */
    public List<PvAddressSpace> pvAddressSpaces() { return Collections.unmodifiableList(new ArrayList<>(pvSpaces.values())); }

    /**
     * The IOMMU contexts, created by the first statement that needs them. VT-d's caching mode is a
     * property of the unit that the {@code iommu-caching-mode} option names; like {@code
     * iommu-flush}, it is read as each IOMMU statement runs.
     */
    IommuContexts iommusInUse() {
        if (iommus == null) {
            iommus = new IommuContexts(machine);
        }
        iommus.setVtdCachingMode(machine.options().iommuCachingMode());
        return iommus;
    }

    /** The domain's VLPT; Xen's arm32 tables are allocated first when no VLPT exists yet (setup_pagetables). */
    Vlpt vlptInUse(Domain d) {
        if (arm32XenTables == null) {
            arm32XenTables = new Arm32XenTables(machine);
        }
        return vlpts.computeIfAbsent(d.id(), id -> new Vlpt(arm32XenTables, d));
    }

    /** The domain's process address space, booted (swapper_pg_dir, the mm's pgds) by the first pv statement. */
    PvAddressSpace pvInUse(Domain d) { return pvSpaces.computeIfAbsent(d.id(), id -> new PvAddressSpace(machine, d)); }

    /**
     * The table roots these systems add for the rule checks: the IOMMU roots of the trace, Xen's
     * arm32 root (level 1), the page pair each domain's VLPT keeps its copy of the slots in (the pair
     * d->arch.dirty.second_lvl points to now: a pair an earlier prepare_vlpt allocated is no longer
     * held by anything), and the three L4s of each PV mm: swapper_pg_dir, the pgd and the user pgd
     * (which shares the pgd's lower tables).
     */
    List<TableRoot> roots() {
        List<TableRoot> roots = new ArrayList<>(IommuRoots.of(machine));
        if (arm32XenTables != null) {
            roots.add(TableRoot.xen(arm32XenTables.root(), 1));
        }
        for (Vlpt v : vlpts.values()) {
            if (v.secondLvl().isValid()) {
                roots.add(TableRoot.vlptCopy(v.secondLvl(), Vlpt.COPY_PAGES, v.domain().id()));
            }
        }
        for (PvAddressSpace mm : pvSpaces.values()) {
            roots.add(pvRoot(mm.swapperPgDir(), mm.domain()));
            roots.add(pvRoot(mm.pgd(), mm.domain()));
            roots.add(pvRoot(mm.userPgd(), mm.domain()));
        }
        return roots;
    }

    /**
     * A PV L4, walked by the domain's vCPUs while it runs. Its TLB tag is the domain id (the flush
     * hypercalls name it); the checks know that its entries live only in the TLBs of the CPUs that have
     * it in CR3 and go with their next CR3 load, so an exit that moves every CPU off the pgd before
     * clearing it (xen_exit_mmap) leaves nothing stale.
     */
    private static TableRoot pvRoot(Mfn l4, Domain d) {
        return new TableRoot(l4, 0, 1, FrameKind.PV_PAGE_TABLE, X86EntryFormat.INSTANCE, TableUser.P2M, d.id(), d.id(), -1);
    }
}
