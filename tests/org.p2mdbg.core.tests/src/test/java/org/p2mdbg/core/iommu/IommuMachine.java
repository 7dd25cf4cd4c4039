package org.p2mdbg.core.iommu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * A small host for the examples: 4096 frames from MFN 0x40000 (so the first table is 0x40000, the
 * next 0x40001, ...), a guest (id 1) with device nic0 behind the given IOMMU, and the flush strategy.
 */
final class IommuMachine {
    final Machine machine;
    final Trace trace;
    final IommuContexts iommus;
    final Domain guest;

    IommuMachine(Arch arch, IommuKind kind, IotlbFlushStrategy strategy) {
        Options options = new Options();
        options.set("iommu-flush", strategy.scenarioName());
        machine = new Machine(arch, arch.isArm() ? 40 : 0, options, 4096);
        trace = machine.trace();
        iommus = new IommuContexts(machine);
        guest = machine.createDomain("guest", 1, 1);
        trace.beginOperation("device nic0 iommu=" + kind.scenarioName() + " domain=guest");
        iommus.assign("nic0", kind, guest);
    }

    static IommuMachine vtd(IotlbFlushStrategy s) { return new IommuMachine(Arch.X86_64_PV, IommuKind.VTD, s); }

    static Dfn dfn(long v) { return new Dfn(v); }

    static Mfn mfn(long v) { return new Mfn(v); }

    IommuMachine op(String name) {
        trace.beginOperation(name);
        return this;
    }

    int map(long dfn, long mfn, int order) {
        op("iommu-map nic0 dfn=" + Long.toHexString(dfn) + " order=" + order);
        return iommus.map("nic0", dfn(dfn), mfn(mfn), order, true, true);
    }

    int unmap(long dfn, int order) {
        op("iommu-unmap nic0 dfn=" + Long.toHexString(dfn) + " order=" + order);
        return iommus.unmap("nic0", dfn(dfn), order);
    }

    /** The MFN nic0 reaches at dfn, or -1. */
    long translate(long dfn) {
        IommuTranslation t = iommus.translate("nic0", dfn(dfn));
        return t.isMapped() ? t.mfn().value() : -1;
    }

    Map<String, Long> costs() { return CostCounter.countOperation(trace, trace.operationCount() - 1); }

    long cost(String name) { return costs().get(name); }

    /** The IOTLB flushes of the last operation as "tag:first+count kind" (count -1: all). */
    List<String> flushes() {
        List<String> out = new ArrayList<>();
        int op = trace.operationCount() - 1;
        for (long e = trace.operationStart(op); e < trace.operationEnd(op); e++) {
            if (trace.kind(e) == EventKind.IOTLB_FLUSH) {
                out.add(trace.a(e) + ":" + Long.toHexString(trace.b(e)) + "+" + trace.c(e) + " " + trace.detail(e));
            }
        }
        return out;
    }

    /** The call path of the last event of a kind in the last operation. */
    String pathOfLast(EventKind kind) {
        int op = trace.operationCount() - 1;
        for (long e = trace.operationEnd(op) - 1; e >= trace.operationStart(op); e--) {
            if (trace.kind(e) == kind) {
                return trace.callPaths().format(trace.path(e));
            }
        }
        return null;
    }
}
