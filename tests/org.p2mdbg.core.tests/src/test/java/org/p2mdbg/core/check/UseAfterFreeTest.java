package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.block;
import static org.p2mdbg.core.check.TinyHypervisor.page;
import static org.p2mdbg.core.check.TinyHypervisor.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

class UseAfterFreeTest {
    @Test void freeingAPageARunningGuestStillMapsIsAUseAfterFree() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();           // gfn 5 -> 0x1004 written at 9
        h.op("free guest page without unmapping");                      // 10
        h.free(h.ram);                                                  // 11

        List<Finding> f = h.check(Rule.USE_AFTER_FREE);
        assertEquals(1, f.size());
        Finding uaf = f.get(0);
        assertEquals(11, uaf.event());
        assertEquals(List.of(9L, 11L), uaf.proof());
        assertEquals(new Mfn(0x1004), uaf.mfn());
        assertEquals(new Gfn(5), uaf.gfn());
        assertEquals("MFN 0x1004 (GUEST_RAM of guest) was freed at event 11 while the level-3 entry 0x1003[5] of guest's p2m"
                + " (gfn 0x5) still held a page of MFN 0x1004 (written at event 9), which a running vCPU may still use",
                uaf.message());
    }

    @Test void aFrameInsideASuperpageIsCoveredToo() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("map a 2 MiB block");                                      // 10
        Mfn first = h.frames.tryAllocateContiguous(512, FrameKind.GUEST_RAM, GUEST);  // 11..522: 0x1200..0x13ff
        h.write(h.level2, 1, block(first));                             // 523: gfns 0x200..0x3ff
        h.op("free one frame of it");                                   // 524
        h.free(first.add(0x42));                                        // 525

        List<Finding> f = h.check(Rule.USE_AFTER_FREE);
        assertEquals(1, f.size());
        assertEquals(List.of(523L, 525L), f.get(0).proof());
        assertEquals(new Mfn(0x1242), f.get(0).mfn());
        assertEquals(new Gfn(0x200), f.get(0).gfn());                   // the block's first gfn
    }

    @Test void aDyingGuestsMappingsNoLongerCount() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("destroy guest");
        h.state(GUEST, DomainState.DYING);
        h.free(h.ram);                                                  // relinquish_memory, entries still there

        assertEquals(List.of(), h.check(Rule.USE_AFTER_FREE));
    }

    @Test void unmapFlushThenFreeIsFine() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("decrease_reservation guest gfn=0x5");
        h.write(h.level3, 5, 0);
        h.flush(GUEST);
        h.free(h.ram);

        assertEquals(List.of(), h.checkAll());
    }

    @Test void reusingAFrameAMappingWasPointedAtWhileFreeIsAUseAfterFree() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("unmap and free gfn 0x5");                                 // 10
        h.write(h.level3, 5, 0);                                        // 11
        h.flush(GUEST);                                                 // 12
        h.free(h.ram);                                                  // 13: fine, nothing maps it
        h.op("map a stale MFN");                                        // 14
        h.write(h.level3, 9, page(h.ram));                              // 15: maps the free frame
        h.op("xen allocates a page");                                   // 16
        Mfn reused = h.alloc(FrameKind.GUEST_RAM, TinyHypervisor.DOM0); // 17: LIFO: 0x1004 again

        assertEquals(h.ram, reused);
        List<Finding> f = h.check(Rule.USE_AFTER_FREE);
        assertEquals(1, f.size());
        assertEquals(17, f.get(0).event());
        assertEquals(List.of(15L, 17L), f.get(0).proof());
        assertEquals(new Gfn(9), f.get(0).gfn());
        assertTrue(f.get(0).message().startsWith("MFN 0x1004 was handed out again at event 17 (as GUEST_RAM of dom0) while"),
                f.get(0).message());
    }

    @Test void aMappingReportedWhenFreedIsNotReportedAgainWhenReused() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("free a mapped page, then reuse it");
        h.free(h.ram);
        h.alloc(FrameKind.GUEST_RAM, TinyHypervisor.DOM0);

        assertEquals(1, h.check(Rule.USE_AFTER_FREE).size());
    }

    @Test void freeingATableStillLinkedIntoARunningP2mIsAUseAfterFree() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("free the level-3 table");                                 // 10
        h.free(h.level3);                                               // 11

        List<Finding> f = h.check(Rule.USE_AFTER_FREE);
        assertEquals(1, f.size());
        assertEquals(List.of(6L, 11L), f.get(0).proof());
        assertEquals(new Mfn(0x1003), f.get(0).mfn());
        assertTrue(f.get(0).message().contains("still linked it as the next-level table (written at event 6)"), f.get(0).message());
    }

    @Test void p2mTeardownFreeingItsOwnTablesIsNoUseAfterFree() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("teardown guest");                                         // the guest is still RUNNING
        h.trace.enter("p2m_teardown");
        h.free(h.level3);                                               // still linked from the level-2 table
        h.free(h.level2);
        h.free(h.root);
        h.free(h.root.add(1));
        h.trace.leave();

        assertEquals(List.of(), h.check(Rule.USE_AFTER_FREE));
        TinyHypervisor elsewhere = TinyHypervisor.guestWithOnePage();
        elsewhere.op("free a table outside p2m_teardown");
        elsewhere.free(elsewhere.level3);
        assertEquals(1, elsewhere.check(Rule.USE_AFTER_FREE).size());
    }

    @Test void dmaAfterFreeThroughAnIommuTable() {
        TinyHypervisor h = new TinyHypervisor();
        h.op("device nic0 iommu=smmu domain=guest");                    // 0
        Mfn root = h.alloc(FrameKind.IOMMU_TABLE, GUEST);               // 1
        h.roots.add(TableRoot.iommu(root, 1, LpaeEntryFormat.STAGE2, GUEST, 100));
        Mfn l2 = h.alloc(FrameKind.IOMMU_TABLE, GUEST);                 // 2
        h.write(root, 0, table(l2));                                    // 3
        Mfn l3 = h.alloc(FrameKind.IOMMU_TABLE, GUEST);                 // 4
        h.write(l2, 0, table(l3));                                      // 5
        Mfn buffer = h.alloc(FrameKind.GUEST_RAM, GUEST);               // 6
        h.write(l3, 1, page(buffer));                                   // 7: dfn 1
        h.state(GUEST, DomainState.DYING);                              // 8: the device keeps its context
        h.free(buffer);                                                 // 9

        List<Finding> f = h.check(Rule.USE_AFTER_FREE);
        assertEquals(1, f.size());
        assertEquals(List.of(7L, 9L), f.get(0).proof());
        assertTrue(f.get(0).message().endsWith("which a device (DMA) may still use"), f.get(0).message());
        assertTrue(f.get(0).message().contains("guest's IOMMU tables (gfn 0x1)"), f.get(0).message());
    }
}
