package org.p2mdbg.core.xen.arm.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.mfn;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.va;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;

/** The failures outside xen_pt_check_entry: argument checks, missing tables, superpages, no memory. */
class XenPtUpdateErrorsTest {
    private static final int RW = XenPtFlags.PAGE_HYPERVISOR_RW;
    private static final int RO = XenPtFlags.PAGE_HYPERVISOR_RO;
    private static final String MAP = "xen-pt map > map_pages_to_xen > xen_pt_update";

    @Test void writableAndExecutableIsRefusedBeforeAnyWalk() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("xen-pt map");
            assertEquals(Errno.EINVAL, m.xen.map(va(0x200000), mfn(0x5000), 1, XenPtFlags.parse("rwx")));
            assertEquals(CheckEntryRule.WRITE_AND_EXECUTE, m.xen.lastRejection());
            assertEquals(List.of("-22 w^x @ " + MAP), m.errorsOfLastOperation());
            assertEquals(List.of(), m.eventsOfLastOperation(EventKind.LOCK));
            assertEquals(List.of(), m.eventsOfLastOperation(EventKind.PTE_READ));
            assertEquals(List.of(), m.flushesOfLastOperation());
            m.op("xen-pt modify");
            assertEquals(Errno.EINVAL, m.xen.modify(va(0x200000), 1, XenPtFlags.PAGE_HYPERVISOR_RWX));
            // Removing has no present flag, so no W^X check.
            m.op("xen-pt remove");
            assertEquals(0, m.xen.update(va(0x200000), Mfn.INVALID, 1, XenPtFlags.MT_NORMAL));
        }
    }

    @Test void anUnalignedVirtualAddressIsRefused() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        assertEquals(Errno.EINVAL, m.xen.map(va(0x200800), mfn(0x5000), 1, RW));
        assertEquals(List.of("-22 unaligned-virt @ " + MAP), m.errorsOfLastOperation());
        assertEquals(List.of(), m.flushesOfLastOperation());
        // W^X is checked first
        m.op("xen-pt map");
        assertEquals(Errno.EINVAL, m.xen.map(va(0x200800), mfn(0x5000), 1, XenPtFlags.PAGE_HYPERVISOR_RWX));
        assertEquals(CheckEntryRule.WRITE_AND_EXECUTE, m.xen.lastRejection());
    }

    @Test void onlyMergedKnowsTheInternalContiguousFlag() {
        XenPtMachine merged = new XenPtMachine(XenPtVariant.MERGED).op("xen-pt map");
        assertEquals(Errno.EINVAL, merged.xen.map(va(0x200000), mfn(0x5000), 1, RW | XenPtFlags.CONTIG));
        assertEquals(List.of("-22 contig-internal-flag @ " + MAP), merged.errorsOfLastOperation());

        XenPtMachine rfc = new XenPtMachine(XenPtVariant.RFC).op("xen-pt map");
        assertEquals(0, rfc.xen.map(va(0x200000), mfn(0x5000), 1, RW | XenPtFlags.CONTIG));
        assertEquals(0x0040000005000F7FL, rfc.leaf(0x200)); // bit 8 means nothing to the RFC
    }

    @Test void modifyingWhereATableIsMissingIsENOENT() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("setup");
            m.xen.map(va(0x3ff000), mfn(0x5000), 1, RW); // the last page of level-2 entry 1
            m.op("xen-pt modify");
            assertEquals(Errno.ENOENT, m.xen.modify(va(0x3ff000), 2, RO));
            assertEquals(CheckEntryRule.MISSING_TABLE, m.xen.lastRejection());
            assertEquals(List.of("-2 missing-table @ xen-pt modify > modify_xen_mappings > xen_pt_update > xen_pt_update_entry"),
                    m.errorsOfLastOperation());
            assertEquals(0x0040000005000FFFL, m.leaf(0x3ff));
            assertEquals(0, m.costsOfLastOperation().get("table_allocs"));
            assertEquals(List.of("7ff2:3ff+2"), m.flushesOfLastOperation());
        }
    }

    @Test void aSuperpageAboveTheTargetLevelIsEOPNOTSUPP() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("setup");
            m.xen.map(va(0x1ff000), mfn(0x4000), 1, RW);
            m.xen.map(va(0x200000), mfn(0x5000), 512, XenPtFlags.parse("rw,block"));
            m.op("xen-pt remove");
            assertEquals(Errno.EOPNOTSUPP, m.xen.remove(va(0x1ff000), 2));
            assertEquals(CheckEntryRule.SHATTER_SUPERPAGE, m.xen.lastRejection());
            assertEquals(List.of("-95 shatter-superpage @ xen-pt remove > destroy_xen_mappings > xen_pt_update > xen_pt_update_entry"),
                    m.errorsOfLastOperation());
            assertEquals(-1, m.translate(0x1ff));
            assertEquals(0x5000, m.translate(0x200));
            assertEquals(List.of("7ff2:1ff+2"), m.flushesOfLastOperation());
            // a 4 KiB insert inside the block, and the scenario file's one-page remove, fail the same way
            m.op("xen-pt map");
            assertEquals(Errno.EOPNOTSUPP, m.xen.map(va(0x201000), mfn(0x6000), 1, RW));
            m.op("xen-pt remove");
            assertEquals(Errno.EOPNOTSUPP, m.xen.remove(va(0x200000), 1));
            assertEquals(List.of("7ff2:200+1"), m.flushesOfLastOperation());
        }
    }

    @Test void aFailedTableAllocationIsENOMEMInsideAndENOENTOutside() {
        for (XenPtVariant v : XenPtVariant.values()) {
            // room for the root and one table per level below it, no more
            XenPtMachine m = new XenPtMachine(v, 4).op("xen-pt map");
            assertEquals(Errno.ENOENT, m.xen.map(va(0x3ff000), mfn(0x5000), 2, RW));
            assertEquals(CheckEntryRule.MISSING_TABLE, m.xen.lastRejection());
            assertEquals(List.of(
                    "-12 out-of-memory @ " + MAP + " > xen_pt_update_entry > level 2 > xen_pt_next_level > create_xen_table",
                    "-2 missing-table @ " + MAP + " > xen_pt_update_entry"), m.errorsOfLastOperation());
            assertEquals(0x5000, m.translate(0x3ff));
            assertEquals(2, m.walk(0x400).faultLevel());
            assertEquals(3, m.costsOfLastOperation().get("table_allocs"));
            assertEquals(v == XenPtVariant.RFC ? List.of("7ff2:3ff+2") : List.of(), m.flushesOfLastOperation());
            // populate fails the same way
            m.op("xen-pt populate");
            assertEquals(Errno.ENOENT, m.xen.populate(va(0x400000), 1));
        }
    }
}
