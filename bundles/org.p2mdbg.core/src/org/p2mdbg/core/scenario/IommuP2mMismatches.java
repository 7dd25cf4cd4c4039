package org.p2mdbg.core.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.p2mdbg.core.check.AmdViEntryFormat;
import org.p2mdbg.core.check.EntryFormat;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.LpaeEntryFormat;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.check.VtdEntryFormat;
import org.p2mdbg.core.iommu.DeviceContext;
import org.p2mdbg.core.iommu.FrameViews;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.iommu.IommuRoot;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.xen.arm.P2m;

/**
 * IOMMU_P2M_MISMATCH at the end of a run: for each Arm domain whose devices sit behind tables of
 * their own (VT-d, AMD-Vi; the SMMU walks the p2m, so it cannot disagree), every DFN those tables
 * map and every GFN the p2m maps between the lowest and highest of them is translated both ways
 * (dfn = gfn, as Xen keeps a translated domain's IOMMU tables). The devices of one domain share its
 * tables, so a disagreement is one finding naming them all. Only Arm domains have a p2m here; a PV
 * domain's DMA space is 1:1 with machine frames and has nothing to disagree with.
 */
final class IommuP2mMismatches {
    private IommuP2mMismatches() {}

    static List<Finding> find(Machine machine, Optional<IommuContexts> iommus) {
        if (iommus.isEmpty() || !machine.arch().isArm()) {
            return List.of();
        }
        IommuContexts host = iommus.get();
        FrameStore frames = machine.frames();
        List<Mismatch> found = new ArrayList<>();
        for (Domain d : machine.domains()) {
            List<String> devices = host.devices().stream().filter(c -> c.domain() == d).map(DeviceContext::name).toList();
            Optional<IommuRoot> root = host.root(d);
            if (devices.isEmpty() || root.isEmpty()) {
                continue;
            }
            IommuRoot r = root.get();
            EntryFormat format = r.kind() == IommuKind.VTD ? VtdEntryFormat.INSTANCE : AmdViEntryFormat.INSTANCE;
            int level = r.kind() == IommuKind.VTD ? 0 : AmdViEntryFormat.rootLevel(r.level());
            TreeSet<Long> dfns = new TreeSet<>();
            MappedFrames.each(frames, format, r.mfn(), level, 1, 0, Long.MAX_VALUE, dfns::add);
            if (dfns.isEmpty()) {
                continue;
            }
            P2m p2m = d.p2m();
            WalkRequest walk = p2m.root().isValid() ? p2m.walkRequest() : null;
            TreeSet<Long> frameSet = new TreeSet<>(dfns);
            if (walk != null) {
                MappedFrames.each(frames, LpaeEntryFormat.STAGE2, walk.root(), walk.rootLevel(), walk.rootPages(), dfns.first(),
                        dfns.last(), frameSet::add);
            }
            for (long f : frameSet) {
                FrameViews v = FrameViews.of(host, devices.get(0), frames, walk, f);
                if (v.disagree()) {
                    found.add(new Mismatch(d, devices, r.kind(), new Gfn(f), v.device().mfn(), v.p2mMfn(),
                            lastEntry(v.device().steps()), v.p2m() == null ? null : v.p2m().last()));
                }
            }
        }
        return found.isEmpty() ? List.of() : findings(machine.trace(), found);
    }

    private record Mismatch(Domain domain, List<String> devices, IommuKind kind, Gfn gfn, Mfn device, Mfn p2m,
                            WalkStep deviceEntry, WalkStep p2mEntry) {}

    private static WalkStep lastEntry(List<WalkStep> steps) { return steps.isEmpty() ? null : steps.get(steps.size() - 1); }

    /** One pass over the trace finds the last write of each entry the walks stopped at: the proof. */
    private static List<Finding> findings(Trace trace, List<Mismatch> found) {
        Map<Long, Long> lastWrite = new HashMap<>();
        for (Mismatch m : found) {
            for (WalkStep s : new WalkStep[] {m.deviceEntry(), m.p2mEntry()}) {
                if (s != null) {
                    lastWrite.put(Trace.entryRef(s.table().value(), s.index()), -1L);
                }
            }
        }
        for (long e = 0; e < trace.size(); e++) {
            if (trace.kind(e) == EventKind.PTE_WRITE && lastWrite.containsKey(trace.a(e))) {
                lastWrite.put(trace.a(e), e);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Mismatch m : found) {
            List<Long> proof = new ArrayList<>();
            for (WalkStep s : new WalkStep[] {m.deviceEntry(), m.p2mEntry()}) {
                long w = s == null ? -1 : lastWrite.get(Trace.entryRef(s.table().value(), s.index()));
                if (w >= 0 && !proof.contains(w)) {
                    proof.add(w);
                }
            }
            // the later of the two writes made them disagree; with neither written, the end of the run shows it
            if (proof.isEmpty()) {
                proof.add(trace.size() - 1);
            }
            proof.sort(null);
            long event = proof.get(proof.size() - 1);
            Mfn at = m.device().isValid() ? m.device() : m.p2m();
            out.add(new Finding(Rule.IOMMU_P2M_MISMATCH, m.domain().name(), at, m.gfn(), null, event, proof, message(m)));
        }
        return out;
    }

    private static String message(Mismatch m) {
        String who = String.join(", ", m.devices()) + " (" + m.kind().scenarioName() + ", " + m.domain().name() + "'s IOMMU tables)";
        String p2m = m.domain().name() + "'s p2m";
        if (!m.p2m().isValid()) {
            return who + " can still DMA to mfn " + m.device() + " at dfn " + m.gfn() + ", but " + p2m + " maps nothing at gfn " + m.gfn()
                    + ": the device reaches memory the guest no longer owns (an iommu_unmap missing where the p2m entry was removed)";
        }
        if (!m.device().isValid()) {
            return p2m + " maps gfn " + m.gfn() + " to mfn " + m.p2m() + ", but " + who + " map nothing at dfn " + m.gfn()
                    + ": DMA to that guest frame faults (an iommu_map missing where the p2m entry was set)";
        }
        return who + " map dfn " + m.gfn() + " to mfn " + m.device() + ", but " + p2m + " maps gfn " + m.gfn() + " to mfn " + m.p2m()
                + ": the device reads and writes another frame than the guest does";
    }
}
