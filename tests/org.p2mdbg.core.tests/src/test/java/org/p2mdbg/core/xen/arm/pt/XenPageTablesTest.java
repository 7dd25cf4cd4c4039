package org.p2mdbg.core.xen.arm.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.mfn;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.va;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.core.walk.WalkResult;

/** map / remove / modify / populate on an empty set of Xen tables, checked descriptor by descriptor. */
class XenPageTablesTest {
    private static final int RW = XenPtFlags.PAGE_HYPERVISOR_RW;
    private static final int RW_BLOCK = RW | XenPtFlags.BLOCK;
    /** A level-3 page or a table link of normal memory: valid, table/page, AttrIndx 7, NS, AP[1], SH inner, AF, nG, XN. */
    private static final long NORMAL_PAGE_BITS = 0x0040000000000F7FL;

    @Test void theRootIsAnEmptyLevel0TableOfXen() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC);
        assertEquals(mfn(0x80000), m.xen.root());
        assertEquals(0, m.xen.rootLevel());
        assertEquals(FrameKind.XEN_PT_TABLE, m.frames.kind(m.xen.root()));
        assertEquals(FrameStore.DOMID_XEN, m.frames.owner(m.xen.root()));
        assertEquals(Stage.STAGE1, m.xen.walkRequest().stage());
        assertEquals(1, m.xen.walkRequest().rootPages());
    }

    @Test void mappingOnePageCreatesThreeTablesAndOnePage() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        assertEquals(0, m.xen.map(va(0x200000), mfn(0x5000), 1, RW));
        assertNull(m.xen.lastRejection());

        // vfn 0x200: level-0 index 0, level-1 index 0, level-2 index 1, level-3 index 0
        assertEquals(0x0040000080001F7FL, m.frames.peek(mfn(0x80000), 0));
        assertEquals(0x0040000080002F7FL, m.frames.peek(mfn(0x80001), 0));
        assertEquals(0x0040000080003F7FL, m.frames.peek(mfn(0x80002), 1));
        assertEquals(0x0040000005000F7FL, m.frames.peek(mfn(0x80003), 0));
        assertEquals(FrameKind.XEN_PT_TABLE, m.frames.kind(mfn(0x80003)));

        WalkResult w = m.walk(0x200);
        assertEquals(mfn(0x5000), w.output());
        assertEquals(0, w.order());
        assertEquals(List.of(0, 1, 2, 3), w.steps().stream().map(s -> s.level()).toList());
        assertFalse(m.walk(0x201).isMapped());
        assertEquals(3, m.walk(0x201).faultLevel());

        // Each new table: read the invalid entry, create, read the new link again. Then the target entry.
        Map<String, Long> costs = m.costsOfLastOperation();
        assertEquals(7, costs.get("pte_reads"));
        assertEquals(4, costs.get("pte_writes"));
        assertEquals(3, costs.get("table_allocs"));
        assertEquals(1, costs.get("tlb_flushes"));
        assertEquals(List.of("7ff2:200+1"), m.flushesOfLastOperation());
    }

    @Test void everyStepCarriesItsCallPath() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        m.xen.map(va(0x200000), mfn(0x5000), 1, RW);
        List<String> writes = new ArrayList<>();
        for (long e : m.eventsOfLastOperation(EventKind.PTE_WRITE)) {
            writes.add(m.trace.callPaths().format(m.trace.path(e)));
        }
        String update = "xen-pt map > map_pages_to_xen > xen_pt_update > xen_pt_update_entry > ";
        assertEquals(List.of(
                update + "level 0 > xen_pt_next_level > create_xen_table",
                update + "level 1 > xen_pt_next_level > create_xen_table",
                update + "level 2 > xen_pt_next_level > create_xen_table",
                update + "level 3"), writes);
        List<EventKind> around = new ArrayList<>();
        long start = m.trace.operationStart(0);
        for (long e = start; e < m.trace.operationEnd(0); e++) {
            EventKind k = m.trace.kind(e);
            if (k != EventKind.PTE_READ && k != EventKind.PTE_WRITE && k != EventKind.FRAME_ALLOC) {
                around.add(k);
            }
        }
        assertEquals(List.of(EventKind.OPERATION_START, EventKind.LOCK, EventKind.TLB_FLUSH, EventKind.UNLOCK), around);
    }

    @Test void mergedSkipsTheFlushAfterAnInsert() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.MERGED).op("xen-pt map");
        assertEquals(0, m.xen.map(va(0x200000), mfn(0x5000), 1, RW));
        assertEquals(0x0040000005000F7FL, m.leaf(0x200));
        assertEquals(List.of(), m.flushesOfLastOperation());
        m.op("xen-pt remove");
        assertEquals(0, m.xen.remove(va(0x200000), 1));
        assertEquals(List.of("7ff2:200+1"), m.flushesOfLastOperation());
    }

    @Test void aTwoMegabyteBlockIsOneLevel2Entry() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("xen-pt map");
            assertEquals(0, m.xen.map(va(0x200000), mfn(0x5000), 512, RW_BLOCK));
            // a block: bit 1 clear
            assertEquals(0x0040000005000F7DL, m.frames.peek(mfn(0x80002), 1));
            WalkResult w = m.walk(0x3ff);
            assertEquals(mfn(0x51ff), w.output());
            assertEquals(9, w.order());
            Map<String, Long> costs = m.costsOfLastOperation();
            assertEquals(5, costs.get("pte_reads"));
            assertEquals(3, costs.get("pte_writes"));
            assertEquals(2, costs.get("table_allocs"));
        }
    }

    @Test void twoMegabytesPlusOnePageRfcWritesPagesMergedWritesABlockAndAPage() {
        XenPtMachine rfc = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        assertEquals(0, rfc.xen.map(va(0x200000), mfn(0x5000), 513, RW_BLOCK));
        assertEquals(0, rfc.walk(0x200).order());
        assertEquals(0x0040000005000F7FL, rfc.leaf(0x200));
        assertEquals(0x0040000005200F7FL, rfc.leaf(0x400));
        Map<String, Long> rc = rfc.costsOfLastOperation();
        assertEquals(513 + 4, rc.get("pte_writes"));
        assertEquals(4, rc.get("table_allocs"));
        assertEquals(7 + 511 * 4 + 5, rc.get("pte_reads"));
        assertEquals(1, rc.get("tlb_flushes"));

        XenPtMachine merged = new XenPtMachine(XenPtVariant.MERGED).op("xen-pt map");
        assertEquals(0, merged.xen.map(va(0x200000), mfn(0x5000), 513, RW_BLOCK));
        assertEquals(9, merged.walk(0x200).order());
        assertEquals(0x0040000005000F7DL, merged.leaf(0x3ff));
        assertEquals(0, merged.walk(0x400).order());
        assertEquals(0x0040000005200F7FL, merged.leaf(0x400));
        Map<String, Long> mc = merged.costsOfLastOperation();
        assertEquals(2 + 3, mc.get("pte_writes"));
        assertEquals(3, mc.get("table_allocs"));
        assertEquals(5 + 5, mc.get("pte_reads"));
        assertEquals(0, mc.get("tlb_flushes"));

        // Both translate every page the same way.
        for (long vfn = 0x1ff; vfn <= 0x401; vfn++) {
            assertEquals(rfc.translate(vfn), merged.translate(vfn));
        }
        assertEquals(0x5200, merged.translate(0x400));
        assertEquals(-1, merged.translate(0x401));
    }

    @Test void oneGigabytePlusTwoMegabytes() {
        XenPtMachine rfc = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        assertEquals(0, rfc.xen.map(va(0x40000000L), mfn(0x100000), 0x40200, RW_BLOCK));
        assertEquals(9, rfc.walk(0x40000).order());
        assertEquals(513 + 3, rfc.costsOfLastOperation().get("pte_writes"));
        assertEquals(3, rfc.costsOfLastOperation().get("table_allocs"));

        XenPtMachine merged = new XenPtMachine(XenPtVariant.MERGED).op("xen-pt map");
        assertEquals(0, merged.xen.map(va(0x40000000L), mfn(0x100000), 0x40200, RW_BLOCK));
        assertEquals(0x0040000100000F7DL, merged.frames.peek(mfn(0x80001), 1));
        WalkResult gig = merged.walk(0x40123);
        assertEquals(18, gig.order());
        assertEquals(mfn(0x100123), gig.output());
        WalkResult tail = merged.walk(0x80005);
        assertEquals(9, tail.order());
        assertEquals(mfn(0x140005), tail.output());
        assertEquals(4, merged.costsOfLastOperation().get("pte_writes"));
        assertEquals(2, merged.costsOfLastOperation().get("table_allocs"));
        for (long vfn : new long[] {0x3ffff, 0x40000, 0x7ffff, 0x80000, 0x801ff, 0x80200}) {
            assertEquals(rfc.translate(vfn), merged.translate(vfn));
        }
    }

    @Test void mergedSetsTheContiguousBitOnSixteenAlignedPages() {
        XenPtMachine merged = new XenPtMachine(XenPtVariant.MERGED).op("xen-pt map");
        assertEquals(0, merged.xen.map(va(0x10000), mfn(0x5010), 17, RW_BLOCK));
        assertEquals(0x0050000005010F7FL, merged.leaf(0x10)); // Contiguous = bit 52
        assertEquals(0x005000000501FF7FL, merged.leaf(0x1f));
        assertEquals(0x0040000005020F7FL, merged.leaf(0x20)); // only one left: no hint

        XenPtMachine rfc = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        assertEquals(0, rfc.xen.map(va(0x10000), mfn(0x5010), 17, RW_BLOCK));
        assertEquals(0x0040000005010F7FL, rfc.leaf(0x10));
    }

    @Test void attributesAndPermissionsAreXensMfnToXenEntry() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        m.xen.map(va(0x300000), mfn(0x9000), 1, XenPtFlags.parse("device"));
        m.xen.map(va(0x301000), mfn(0x9001), 1, XenPtFlags.parse("wc"));
        m.xen.map(va(0x302000), mfn(0x9002), 1, XenPtFlags.parse("ro"));
        m.xen.map(va(0x303000), mfn(0x9003), 1, XenPtFlags.parse("rx"));
        assertEquals(0x0040000009000E73L, m.leaf(0x300)); // AttrIndx 4, SH outer
        assertEquals(0x0040000009001E67L, m.leaf(0x301)); // AttrIndx 1, SH outer
        assertEquals(0x0040000009002FFFL, m.leaf(0x302)); // AP[2] read-only
        assertEquals(0x0000000009003FFFL, m.leaf(0x303)); // executable: XN clear, PXN never set
    }

    @Test void modifyChangesOnlyThePermissions() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.MERGED).op("xen-pt map");
        m.xen.map(va(0x200000), mfn(0x5000), 2, RW);
        m.op("xen-pt modify");
        assertEquals(0, m.xen.modify(va(0x200000), 2, XenPtFlags.parse("rx")));
        assertEquals(0x0000000005000FFFL, m.leaf(0x200));
        assertEquals(0x0000000005001FFFL, m.leaf(0x201));
        assertEquals(List.of("7ff2:200+2"), m.flushesOfLastOperation());
        Map<String, Long> costs = m.costsOfLastOperation();
        assertEquals(8, costs.get("pte_reads"));
        assertEquals(2, costs.get("pte_writes"));
        assertEquals(0, costs.get("table_allocs"));
    }

    @Test void removeClearsTheEntriesAndKeepsTheTables() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        m.xen.map(va(0x200000), mfn(0x5000), 2, RW);
        m.op("xen-pt remove");
        assertEquals(0, m.xen.remove(va(0x200000), 2));
        assertEquals(0, m.frames.peek(mfn(0x80003), 0));
        assertEquals(0, m.frames.peek(mfn(0x80003), 1));
        assertEquals(0x0040000080003F7FL, m.frames.peek(mfn(0x80002), 1));
        assertEquals(2, m.costsOfLastOperation().get("pte_writes"));
        assertEquals(0, m.costsOfLastOperation().get("table_frees"));
        assertEquals(List.of("7ff2:200+2"), m.flushesOfLastOperation());
    }

    @Test void removingWhereNoTableExistsIsNothingToDo() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        m.xen.map(va(0x200000), mfn(0x5000), 1, RW);
        m.op("xen-pt remove");
        // vfn 0x40000: level-1 entry 1 is invalid, the walk is read-only: rc 0, the flush still happens.
        assertEquals(0, m.xen.remove(va(0x40000000L), 1));
        Map<String, Long> costs = m.costsOfLastOperation();
        assertEquals(2, costs.get("pte_reads"));
        assertEquals(0, costs.get("pte_writes"));
        assertEquals(List.of("7ff2:40000+1"), m.flushesOfLastOperation());
        assertEquals(List.of(), m.errorsOfLastOperation());
    }

    @Test void populateCreatesTablesButNoMapping() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("xen-pt populate");
            assertEquals(0, m.xen.populate(va(0x200000), 513));
            Map<String, Long> costs = m.costsOfLastOperation();
            assertEquals(4, costs.get("table_allocs"));
            assertEquals(4, costs.get("pte_writes"));
            assertEquals(7 + 511 * 4 + 5, costs.get("pte_reads"));
            assertEquals(List.of("7ff2:200+513"), m.flushesOfLastOperation());
            assertEquals(3, m.walk(0x200).faultLevel());
            assertEquals(3, m.walk(0x400).faultLevel());
            assertEquals(2, m.walk(0x600).faultLevel());
            // a populated range can then be mapped without any allocation
            m.op("xen-pt map");
            assertEquals(0, m.xen.map(va(0x200000), mfn(0x5000), 513, RW));
            assertEquals(0, m.costsOfLastOperation().get("table_allocs"));
            // populating over existing mappings is allowed and writes nothing
            m.op("xen-pt populate");
            assertEquals(0, m.xen.populate(va(0x200000), 2));
            assertEquals(0, m.costsOfLastOperation().get("pte_writes"));
            assertEquals(0x5001, m.translate(0x201));
        }
    }

    @Test void steppingBackUndoesEveryUpdate() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.MERGED);
        long emptyAt = m.trace.size();
        m.op("xen-pt map");
        m.xen.map(va(0x200000), mfn(0x5000), 513, RW_BLOCK);
        long mappedAt = m.trace.size();
        long mapped = m.frames.stateHash();
        m.op("xen-pt remove");
        m.xen.remove(va(0x400000), 1);
        long end = m.frames.stateHash();
        assertNotEquals(mapped, end);

        TraceCursor cursor = new TraceCursor(m.trace, m.frames);
        cursor.seek(mappedAt);
        assertEquals(mapped, m.frames.stateHash());
        assertEquals(0x5200, m.translate(0x400));
        cursor.seek(emptyAt);
        assertEquals(0x80001, m.frames.endMfn()); // the three tables are unallocated again
        assertEquals(0, m.frames.peek(m.xen.root(), 0));
        assertEquals(-1, m.translate(0x200));
        cursor.toEnd();
        assertEquals(end, m.frames.stateHash());
        assertEquals(0x5000, m.translate(0x200));
        assertEquals(-1, m.translate(0x400));
    }
}
