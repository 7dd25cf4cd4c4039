package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.page;
import static org.p2mdbg.core.check.TinyHypervisor.readOnly;
import static org.p2mdbg.core.check.TinyHypervisor.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.vtd.VtdPte;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.LockKind;

class StaleTranslationTest {
    @Test void anUnmapNotFlushedBeforeTheOperationReturnsIsStale() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();           // 0..9
        h.op("unmap guest gfn=0x5");                                    // 10
        h.write(h.level3, 5, 0);                                        // 11
        h.op("populate guest gfn=0x6");                                 // 12: operation 1 has returned

        List<Finding> f = h.checkAll();
        assertEquals(1, f.size());
        Finding stale = f.get(0);
        assertEquals(Rule.STALE_TLB, stale.rule());
        assertEquals(11, stale.event());                                // the last event of the unmap
        assertEquals(List.of(11L), stale.proof());
        assertEquals(new Gfn(5), stale.gfn());
        assertEquals(new Mfn(0x1004), stale.mfn());
        assertEquals("guest", stale.domain());
        assertTrue(stale.message().startsWith("1 change of guest's p2m (event 11; the first replaced the entry for gfn 0x5,"
                + " which reached MFN 0x1004) not flushed from the TLB before operation 2 (unmap guest gfn=0x5) returned"),
                stale.message());
    }

    @Test void theDeferredFlushBeforeTheUnlockIsInTime() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("unmap guest gfn=0x5");
        h.lock(GUEST);
        h.write(h.level3, 5, 0);        // need_flush
        h.flush(GUEST);                 // p2m_write_unlock flushes ...
        h.unlock(GUEST);                // ... then unlocks

        assertEquals(List.of(), h.checkAll());
    }

    @Test void droppingTheLockBeforeTheFlushIsStaleAtTheUnlock() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("unmap guest gfn=0x5 and 0x6");                            // 10
        h.lock(GUEST);                                                  // 11
        h.write(h.level3, 5, 0);                                        // 12
        h.write(h.level3, 6, 0);                                        // 13: was invalid, no change
        h.write(h.level3, 5, 0);                                        // 14: same value, no change
        h.unlock(GUEST);                                                // 15
        h.flush(GUEST);                                                 // 16: too late

        List<Finding> f = h.checkAll();
        assertEquals(1, f.size());
        assertEquals(15, f.get(0).event());
        assertEquals(List.of(12L, 15L), f.get(0).proof());
        assertTrue(f.get(0).message().contains("before p2m->lock of guest, which protected the write, was dropped at event 15"), f.get(0).message());
    }

    @Test void onlyTheLockThatProtectedTheWriteIsADeadline() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("unmap guest gfn=0x5");                                    // 10
        h.write(h.level3, 5, 0);                                        // 11: written with no lock held
        h.trace.record(EventKind.LOCK, GUEST, 0, 0);                    // 12: p2m_read_lock (a lookup)
        h.trace.record(EventKind.UNLOCK, GUEST, 0, 0);                  // 13
        LockKind.IOMMU_MAPPING.lock(h.trace, GUEST, 0);                 // 14: another lock of the same domain
        LockKind.IOMMU_MAPPING.unlock(h.trace, GUEST, 0);               // 15
        h.flush(GUEST);                                                 // 16: before the operation returns
        assertEquals(List.of(), h.checkAll());

        TinyHypervisor read = TinyHypervisor.guestWithOnePage();
        read.op("unmap guest gfn=0x5");
        read.trace.record(EventKind.LOCK, GUEST, 0, 0);                 // a read lock protects no write
        read.write(read.level3, 5, 0);
        read.trace.record(EventKind.UNLOCK, GUEST, 0, 0);
        read.flush(GUEST);
        assertEquals(List.of(), read.checkAll());
    }

    @Test void aMappingLockDroppedBeforeTheFlushIsNoDeadline() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        Mfn iommuRoot = h.alloc(FrameKind.IOMMU_TABLE, GUEST);          // 10
        h.roots.add(TableRoot.iommu(iommuRoot, 0, VtdEntryFormat.INSTANCE, GUEST, GUEST));
        Mfn l3 = h.alloc(FrameKind.IOMMU_TABLE, GUEST);
        Mfn l2 = h.alloc(FrameKind.IOMMU_TABLE, GUEST);
        Mfn l1 = h.alloc(FrameKind.IOMMU_TABLE, GUEST);
        h.write(iommuRoot, 0, VtdPte.table(l3));
        h.write(l3, 0, VtdPte.table(l2));
        h.write(l2, 0, VtdPte.table(l1));
        h.write(l1, 5, VtdPte.leaf(h.ram, true, true, true));
        h.op("iommu-unmap nic0 dfn=0x5");
        LockKind.IOMMU_MAPPING.lock(h.trace, GUEST, 0);
        h.write(l1, 5, 0);
        LockKind.IOMMU_MAPPING.unlock(h.trace, GUEST, 0);                // dma_pte_clear_one drops it, then flushes
        h.iotlbFlush(GUEST, 5, 1);
        h.op("next");
        assertEquals(List.of(), h.check(Rule.STALE_IOTLB));
    }

    @Test void freeingTheFrameBeforeTheDeferredFlushIsStaleAtTheFree() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("decrease_reservation guest gfn=0x5");                     // 10
        h.write(h.level3, 5, 0);                                        // 11
        h.free(h.ram);                                                  // 12
        h.flush(GUEST);                                                 // 13

        List<Finding> f = h.checkAll();
        assertEquals(1, f.size());
        assertEquals(Rule.STALE_TLB, f.get(0).rule());
        assertEquals(12, f.get(0).event());
        assertEquals(List.of(11L, 12L), f.get(0).proof());
        assertTrue(f.get(0).message().contains("before MFN 0x1004 (GUEST_RAM of guest), which the old entry reached, was freed at event 12"),
                f.get(0).message());
    }

    @Test void aPermissionChangeIsATranslationChangeToo() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("make gfn 0x5 read-only");                                 // 10
        h.write(h.level3, 5, readOnly(page(h.ram)));                    // 11, never flushed

        List<Finding> f = h.checkAll();
        assertEquals(1, f.size());
        assertEquals(Rule.STALE_TLB, f.get(0).rule());
        assertEquals(11, f.get(0).event());                             // end of the trace
        assertTrue(f.get(0).message().contains("by the end of the trace (event 11)"), f.get(0).message());
    }

    @Test void aRangeFlushMustCoverTheWholeEntry() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("unmap two");                                              // 10
        h.write(h.level2, 0, 0);                                        // 11: the level-2 entry covers gfns 0..511
        h.flush(GUEST, 0, 511);                                         // 12: one gfn short
        h.op("next");                                                   // 13

        List<Finding> f = h.checkAll();
        assertEquals(Rule.STALE_TLB, f.get(0).rule());
        assertEquals(List.of(11L, 12L), f.get(0).proof());
        assertEquals(new Mfn(0x1003), f.get(0).mfn());                  // the unlinked table
        // the level-3 table is now unreachable and never freed
        assertEquals(Rule.TABLE_LEAK, f.get(1).rule());
        assertEquals(2, f.size());

        TinyHypervisor covered = TinyHypervisor.guestWithOnePage();
        covered.op("unmap two");
        covered.write(covered.level2, 0, 0);
        covered.flush(GUEST, 0, 512);
        covered.free(covered.level3);
        assertEquals(List.of(), covered.checkAll());
    }

    @Test void severalUnflushedChangesMakeOneFindingPerDeadline() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("map guest gfn=0x6");                                      // 10
        h.write(h.level3, 6, page(new Mfn(0x2000)));                    // 11
        h.op("unmap guest gfn=0x5 nr=2");                               // 12
        h.write(h.level3, 5, 0);                                        // 13
        h.write(h.level3, 6, 0);                                        // 14
        h.op("done");                                                   // 15

        List<Finding> f = h.check(Rule.STALE_TLB);
        assertEquals(1, f.size());
        assertEquals(14, f.get(0).event());
        assertEquals(List.of(13L, 14L), f.get(0).proof());
        assertTrue(f.get(0).message().startsWith("2 changes of guest's p2m (events 13, 14;"), f.get(0).message());
    }

    @Test void aP2mTheSmmuSharesNeedsAnIotlbFlushToo() {
        TinyHypervisor h = new TinyHypervisor();
        h.op("create guest with a device");                             // 0
        Mfn root = h.p2mRoot(GUEST, true);                              // 1, 2
        Mfn l2 = h.table(GUEST);                                        // 3
        h.write(root, 0, table(l2));                                    // 4
        Mfn l3 = h.table(GUEST);                                        // 5
        h.write(l2, 0, table(l3));                                      // 6
        h.write(l3, 7, page(new Mfn(0x3000)));                          // 7
        h.op("unmap guest gfn=0x7");                                    // 8
        h.write(l3, 7, 0);                                              // 9
        h.flush(GUEST);                                                 // 10: CPU TLBs only
        h.op("next");                                                   // 11

        List<Finding> f = h.checkAll();
        assertEquals(1, f.size());
        assertEquals(Rule.STALE_IOTLB, f.get(0).rule());
        assertEquals(List.of(9L, 10L), f.get(0).proof());
        assertTrue(f.get(0).message().contains("not flushed from the IOTLB"), f.get(0).message());
        assertTrue(f.get(0).message().endsWith("a device may still use the old translation"), f.get(0).message());

        h.iotlbFlush(GUEST, 7, 1);
        assertEquals(1, h.checkAll().size());                           // still late: after the operation returned

        TinyHypervisor inTime = new TinyHypervisor();
        inTime.op("create guest with a device");
        Mfn r = inTime.p2mRoot(GUEST, true);
        Mfn t2 = inTime.table(GUEST);
        inTime.write(r, 0, table(t2));
        Mfn t3 = inTime.table(GUEST);
        inTime.write(t2, 0, table(t3));
        inTime.write(t3, 7, page(new Mfn(0x3000)));
        inTime.op("unmap guest gfn=0x7");
        inTime.write(t3, 7, 0);
        inTime.flush(GUEST);
        inTime.iotlbFlush(GUEST, 7, 1);                                 // iommu_iotlb_flush(d, gfn, 1)
        assertEquals(List.of(), inTime.checkAll());
    }

    @Test void xensOwnTablesAreCheckedWithTheirVirtualAddresses() {
        TinyHypervisor h = new TinyHypervisor();
        h.op("boot");                                                   // 0
        Mfn l0 = h.alloc(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN); // 1
        h.roots.add(TableRoot.xen(l0, 0));
        Mfn l1 = h.alloc(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN); // 2
        h.write(l0, 0, table(l1));                                      // 3
        Mfn l2 = h.alloc(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN); // 4
        h.write(l1, 0, table(l2));                                      // 5
        Mfn l3 = h.alloc(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN); // 6
        h.write(l2, 1, table(l3));                                      // 7: va 0x200000..0x3fffff
        h.write(l3, 3, page(new Mfn(0x5000)));                          // 8: va 0x203000
        h.op("xen-pt remove virt=0x203000 nr=1");                       // 9
        // as xen_pt_update records its spinlock: b = 0 (Xen's lock has no read mode)
        h.trace.record(EventKind.LOCK, FrameStore.DOMID_XEN, 0, 0, "xen_pt_lock");     // 10
        h.write(l3, 3, 0);                                                             // 11
        h.trace.record(EventKind.UNLOCK, FrameStore.DOMID_XEN, 0, 0, "xen_pt_lock");   // 12: no flush_xen_tlb_range_va

        List<Finding> f = h.checkAll();
        assertEquals(1, f.size());
        assertEquals("xen", f.get(0).domain());
        assertEquals(new Va(0x203000), f.get(0).va());
        assertNull(f.get(0).gfn());
        assertEquals(List.of(11L, 12L), f.get(0).proof());
        assertTrue(f.get(0).message().contains("the entry for va 0x203000"), f.get(0).message());
        assertTrue(f.get(0).message().contains("before xen_pt_lock of xen, which protected the write, was dropped at event 12"),
                f.get(0).message());

        h.trace.record(EventKind.TLB_FLUSH, FrameStore.DOMID_XEN, 0x203, 1);
        assertEquals(1, h.checkAll().size());
    }
}
