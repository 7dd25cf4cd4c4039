package org.p2mdbg.core.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.iommu.IommuMachine.mfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * The hardware domain's initial 1:1 population of 16 frames from 0x100, on a PV dom0 with gpu0
 * behind the host's IOMMU: the seed-003 case where flushing can be elided or batched.
 */
class HardwareDomainInitTest {
    private record Run(List<String> flushes, long registerWrites, long added, long modified, IommuContexts iommus) {}

    private static Run run(IommuKind kind, IotlbFlushStrategy s, boolean cachingMode) {
        Options options = new Options();
        options.set("iommu-flush", s.scenarioName());
        Machine machine = new Machine(Arch.X86_64_PV, 0, options, 4096);
        Trace trace = machine.trace();
        IommuContexts iommus = new IommuContexts(machine);
        iommus.setVtdCachingMode(cachingMode);
        Domain dom0 = machine.createDomain("dom0", 0, 1);
        trace.beginOperation("device gpu0 iommu=" + kind.scenarioName() + " domain=dom0");
        iommus.assign("gpu0", kind, dom0);
        int op = trace.beginOperation("iommu-hwdom dom0 pfn=0x100 nr=16");
        assertEquals(0, iommus.hardwareDomainInit(dom0, mfn(0x100), 16));
        List<String> flushes = new ArrayList<>();
        long registerWrites = 0;
        for (long e = trace.operationStart(op); e < trace.operationEnd(op); e++) {
            if (trace.kind(e) == EventKind.IOTLB_FLUSH) {
                flushes.add(trace.a(e) + ":" + Long.toHexString(trace.b(e)) + "+" + trace.c(e) + " " + trace.detail(e));
            } else if (trace.kind(e) == EventKind.REGISTER_WRITE
                    && machine.frames().registers().name((int) trace.a(e)).equals("cpu0.iommu_dont_flush_iotlb")) {
                registerWrites++;
            }
        }
        Map<String, Long> costs = CostCounter.countOperation(trace, op);
        for (long pfn = 0x100; pfn < 0x110; pfn++) {
            assertEquals(pfn, iommus.translate("gpu0", new Dfn(pfn)).mfn().value());
        }
        return new Run(flushes, registerWrites, costs.get("iotlb_flushes_added"), costs.get("iotlb_flushes_modified"), iommus);
    }

    @Test void vtdInCachingModeFlushesEachPageElidesAllOrFlushesOnceThenGlobally() {
        Run perPage = run(IommuKind.VTD, IotlbFlushStrategy.PER_PAGE, true);
        assertEquals(17, perPage.flushes().size());
        assertEquals("-1:100+1 added", perPage.flushes().get(0));
        assertEquals("-1:10f+1 added", perPage.flushes().get(15));
        assertEquals("0:0+-1 global", perPage.flushes().get(16));
        assertEquals(16, perPage.added());

        Run accumulate = run(IommuKind.VTD, IotlbFlushStrategy.ACCUMULATE, true);
        assertEquals(List.of("0:0+-1 global"), accumulate.flushes());
        assertEquals(2, accumulate.registerWrites());   // the flag set before the loop and cleared after
        assertEquals(0, accumulate.added());

        Run caller = run(IommuKind.VTD, IotlbFlushStrategy.CALLER, true);
        assertEquals(List.of("0:0+-1 added", "0:0+-1 global"), caller.flushes());
        assertEquals(0, caller.registerWrites());
        assertEquals(1, caller.added());
    }

    @Test void vtdWithoutCachingModeOnlyTheCallerAddsAFlush() {
        assertEquals(List.of("0:0+-1 global"), run(IommuKind.VTD, IotlbFlushStrategy.PER_PAGE, false).flushes());
        assertEquals(List.of("0:0+-1 global"), run(IommuKind.VTD, IotlbFlushStrategy.ACCUMULATE, false).flushes());
        assertEquals(List.of("0:0+-1 added", "0:0+-1 global"), run(IommuKind.VTD, IotlbFlushStrategy.CALLER, false).flushes());
    }

    @Test void amdViNeverFlushesAddedEntriesButTheMergedFlushAllIgnoresTheFlags() {
        assertEquals(List.of(), run(IommuKind.AMDVI, IotlbFlushStrategy.PER_PAGE, false).flushes());
        assertEquals(List.of(), run(IommuKind.AMDVI, IotlbFlushStrategy.ACCUMULATE, false).flushes());
        Run caller = run(IommuKind.AMDVI, IotlbFlushStrategy.CALLER, false);
        assertEquals(List.of("0:0+-1 modified"), caller.flushes());
        assertEquals(1, caller.modified());
    }
}
