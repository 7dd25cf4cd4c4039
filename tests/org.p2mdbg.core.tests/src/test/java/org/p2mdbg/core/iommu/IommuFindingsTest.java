package org.p2mdbg.core.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.iommu.IommuMachine.dfn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.CheckContext;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.IommuRoots;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.check.RuleChecker;
import org.p2mdbg.core.check.TableRoot;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.xen.arm.P2mType;

/** What the checks find in the events of the IOMMU layer: DMA after free, stale IOTLBs, and a device view the p2m disagrees with. */
class IommuFindingsTest {
    private static List<Finding> check(IommuMachine m, Rule rule) {
        CheckContext c = CheckContext.of(m.trace, IommuRoots.of(m.machine), Map.of(1, "guest"));
        return RuleChecker.check(m.trace, c, EnumSet.of(rule));
    }

    @Test void theRootsAreReadFromTheRootRegisters() {
        IommuMachine m = new IommuMachine(Arch.X86_64_HVM, IommuKind.AMDVI, IotlbFlushStrategy.PER_PAGE);
        m.map(0x1000, 0x5000, 0);
        m.map(0x40000, 0x6000, 0);
        List<TableRoot> roots = IommuRoots.of(m.machine);
        assertEquals(2, roots.size());
        assertEquals(new Mfn(0x40000), roots.get(0).mfn());
        assertEquals(4, roots.get(0).level());   // paging mode 2
        assertEquals(new Mfn(0x40002), roots.get(1).mfn());
        assertEquals(3, roots.get(1).level());   // paging mode 3
    }

    @Test void freeingAFrameADeviceStillMapsIsADmaAfterFree() {
        IommuMachine m = IommuMachine.vtd(IotlbFlushStrategy.PER_PAGE);
        m.op("populate guest");
        Mfn page = m.machine.allocDomheapPages(m.guest, 0);
        m.map(0x10, page.value(), 0);
        m.op("free the page");
        m.machine.putPage(page);
        List<Finding> f = check(m, Rule.USE_AFTER_FREE);
        assertEquals(1, f.size());
        assertEquals(page, f.get(0).mfn());
        assertEquals("guest", f.get(0).domain());
    }

    @Test void anUnmapWhoseFlushTheFlagDeferredAndNobodyIssuedLeavesTheIotlbStale() {
        IommuMachine m = IommuMachine.vtd(IotlbFlushStrategy.PER_PAGE);
        m.map(0x10, 0x5000, 0);
        m.op("iommu-dont-flush on");
        m.iommus.setDontFlush(true);
        m.unmap(0x10, 0);
        m.op("next");
        List<Finding> f = check(m, Rule.STALE_IOTLB);
        assertEquals(1, f.size());
        assertEquals(new Gfn(0x10), f.get(0).gfn());

        IommuMachine flushed = IommuMachine.vtd(IotlbFlushStrategy.PER_PAGE);
        flushed.map(0x10, 0x5000, 0);
        flushed.unmap(0x10, 0);
        flushed.op("next");
        assertEquals(List.of(), check(flushed, Rule.STALE_IOTLB));
    }

    @Test void aDeviceThatKeepsAFrameTheP2mDroppedDisagreesWithIt() {
        IommuMachine m = new IommuMachine(Arch.ARM64, IommuKind.VTD, IotlbFlushStrategy.CALLER);
        m.op("map guest");
        assertEquals(0, m.guest.p2m().insertMapping(new Gfn(0x80000), 2, new Mfn(0x9000), P2mType.RAM_RW));
        m.map(0x80000, 0x9000, 0);
        m.map(0x80001, 0x9001, 0);
        assertEquals(List.of(), IommuP2mDisagreement.find(m.iommus, "nic0", new Gfn(0x80000), 2));
        m.op("unmap guest gfn=0x80001");
        m.guest.p2m().removeMapping(new Gfn(0x80001), 1);
        List<IommuP2mDisagreement> d = IommuP2mDisagreement.find(m.iommus, "nic0", new Gfn(0x80000), 2);
        assertEquals(List.of(new IommuP2mDisagreement(new Gfn(0x80001), new Mfn(0x9001), Mfn.INVALID)), d);
        assertTrue(m.iommus.translate("nic0", dfn(0x80001)).isMapped());
    }

    /** The kinds of one operation's events from the first LOCK on, up to the flush or the unlock that ends it. */
    private static List<EventKind> lockedUpdate(IommuMachine m) {
        int op = m.trace.operationCount() - 1;
        List<EventKind> out = new ArrayList<>();
        for (long e = m.trace.operationStart(op); e < m.trace.operationEnd(op); e++) {
            EventKind k = m.trace.kind(e);
            if (k == EventKind.LOCK || k == EventKind.UNLOCK || k == EventKind.PTE_WRITE || k == EventKind.IOTLB_FLUSH) {
                out.add(k);
            }
        }
        return out;
    }

    @Test void vtdDropsTheMappingLockBeforeItFlushesAndThatIsNoStaleIotlb() {
        IommuMachine m = IommuMachine.vtd(IotlbFlushStrategy.PER_PAGE);
        m.map(0x10, 0x5000, 0);
        m.map(0x10, 0x5001, 0);
        assertEquals(List.of(EventKind.LOCK, EventKind.PTE_WRITE, EventKind.UNLOCK, EventKind.IOTLB_FLUSH), lockedUpdate(m));
        m.unmap(0x10, 0);
        assertEquals(List.of(EventKind.LOCK, EventKind.PTE_WRITE, EventKind.UNLOCK, EventKind.IOTLB_FLUSH), lockedUpdate(m));
        long lock = m.trace.operationStart(m.trace.operationCount() - 1);
        while (m.trace.kind(lock) != EventKind.LOCK) {
            lock++;
        }
        assertEquals("mapping_lock", m.trace.detail(lock));
        assertEquals(1, m.trace.a(lock));   // the guest's hd->arch.mapping_lock
        m.op("next");
        assertEquals(List.of(), check(m, Rule.STALE_IOTLB));
    }

    @Test void amdViFlushesAModifiedEntryUnderTheMappingLockButAnUnmapAfterIt() {
        IommuMachine m = new IommuMachine(Arch.X86_64_PV, IommuKind.AMDVI, IotlbFlushStrategy.PER_PAGE);
        m.map(0x10, 0x5000, 0);
        m.map(0x10, 0x5001, 0);
        assertEquals(List.of(EventKind.LOCK, EventKind.PTE_WRITE, EventKind.IOTLB_FLUSH, EventKind.UNLOCK), lockedUpdate(m));
        m.unmap(0x10, 0);
        assertEquals(List.of(EventKind.LOCK, EventKind.PTE_WRITE, EventKind.UNLOCK, EventKind.IOTLB_FLUSH), lockedUpdate(m));
        IommuMachine accumulate = new IommuMachine(Arch.X86_64_PV, IommuKind.AMDVI, IotlbFlushStrategy.ACCUMULATE);
        accumulate.map(0x10, 0x5000, 0);
        accumulate.map(0x10, 0x5001, 0);
        // the patched map_page only reports the flush; the iommu_map wrapper issues it after the unlock
        assertEquals(List.of(EventKind.LOCK, EventKind.PTE_WRITE, EventKind.UNLOCK, EventKind.IOTLB_FLUSH), lockedUpdate(accumulate));
    }
}
