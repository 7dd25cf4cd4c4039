package org.p2mdbg.core.xen.arm.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.mfn;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.va;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Mfn;

/**
 * One example per rejection of xen_pt_check_entry: the errno, the rule named in the trace, the
 * entries updated before the failure that stay, and the single flush at the end.
 */
class CheckEntryRuleTest {
    private static final int RW = XenPtFlags.PAGE_HYPERVISOR_RW;
    private static final int RO = XenPtFlags.PAGE_HYPERVISOR_RO;
    private static final int BLOCK = XenPtFlags.BLOCK;
    private static final String MAP = "xen-pt map > map_pages_to_xen > xen_pt_update > xen_pt_update_entry > ";
    private static final String REMOVE = "xen-pt remove > destroy_xen_mappings > xen_pt_update > xen_pt_update_entry > ";
    private static final String MODIFY = "xen-pt modify > modify_xen_mappings > xen_pt_update > xen_pt_update_entry > ";

    @Test void insertReplacesValid() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("setup");
            m.xen.map(va(0x202000), mfn(0x6000), 2, RW);
            m.op("xen-pt map");
            assertEquals(Errno.EINVAL, m.xen.map(va(0x200000), mfn(0x5000), 4, RW));
            assertEquals(CheckEntryRule.INSERT_REPLACES_VALID, m.xen.lastRejection());
            assertEquals(List.of("-22 insert-replaces-valid @ " + MAP + "level 3 > xen_pt_check_entry"), m.errorsOfLastOperation());
            assertEquals(0x5000, m.translate(0x200));
            assertEquals(0x5001, m.translate(0x201));
            assertEquals(0x6000, m.translate(0x202));
            assertEquals(0x6001, m.translate(0x203));
            assertEquals(2, m.costsOfLastOperation().get("pte_writes"));
            // rfc flushes even after a failed insert; merged never flushes after an insert
            assertEquals(v == XenPtVariant.RFC ? List.of("7ff2:200+4") : List.of(), m.flushesOfLastOperation());
        }
    }

    @Test void insertReplacesTable() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("setup");
        m.xen.map(va(0x400000), mfn(0x7000), 1, RW); // level-2 entry 2 becomes a table
        m.op("xen-pt map");
        assertEquals(Errno.EINVAL, m.xen.map(va(0x200000), mfn(0x5000), 1024, RW | BLOCK));
        assertEquals(List.of("-22 insert-replaces-table @ " + MAP + "level 2 > xen_pt_check_entry"), m.errorsOfLastOperation());
        assertEquals(9, m.walk(0x3ff).order());
        assertEquals(0x51ff, m.translate(0x3ff));
        assertEquals(0x7000, m.translate(0x400));
        assertEquals(List.of("7ff2:200+1024"), m.flushesOfLastOperation());
    }

    @Test void removeTable() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("setup");
            m.xen.map(va(0x400000), mfn(0x5200), 512, RW | BLOCK); // level-2 entry 2: a block
            m.xen.map(va(0x600000), mfn(0x7000), 1, RW);           // level-2 entry 3: a table
            m.op("xen-pt remove");
            // destroy_xen_mappings never passes _PAGE_BLOCK: a block-sized remove is a direct xen_pt_update.
            assertEquals(Errno.EINVAL, m.xen.update(va(0x400000), Mfn.INVALID, 1024, BLOCK));
            assertEquals(List.of("-22 remove-table @ xen-pt remove > xen_pt_update > xen_pt_update_entry > level 2 > xen_pt_check_entry"),
                    m.errorsOfLastOperation());
            assertEquals(2, m.walk(0x400).faultLevel());
            assertEquals(0x7000, m.translate(0x600));
            assertEquals(List.of("7ff2:400+1024"), m.flushesOfLastOperation());
        }
    }

    @Test void removeContiguous() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.MERGED).op("setup");
        m.xen.map(va(0xf000), mfn(0x500f), 1, RW);
        m.xen.map(va(0x10000), mfn(0x5010), 16, RW | BLOCK); // 16 entries with the contiguous bit
        m.op("xen-pt remove");
        assertEquals(Errno.EINVAL, m.xen.remove(va(0xf000), 2));
        assertEquals(List.of("-22 remove-contiguous @ " + REMOVE + "level 3 > xen_pt_check_entry"), m.errorsOfLastOperation());
        assertEquals(-1, m.translate(0xf));
        assertEquals(0x5010, m.translate(0x10));
        assertEquals(List.of("7ff2:f+2"), m.flushesOfLastOperation());
    }

    @Test void modifyInvalidEntry() {
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v).op("setup");
            m.xen.map(va(0x200000), mfn(0x5000), 1, RW);
            m.op("xen-pt modify");
            assertEquals(Errno.EINVAL, m.xen.modify(va(0x200000), 2, RO));
            assertEquals(List.of("-22 modify-invalid-entry @ " + MODIFY + "level 3 > xen_pt_check_entry"), m.errorsOfLastOperation());
            assertEquals(0x0040000005000FFFL, m.leaf(0x200));
            assertEquals(List.of("7ff2:200+2"), m.flushesOfLastOperation());
        }
    }

    @Test void modifyTable() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.MERGED).op("setup");
        m.xen.map(va(0x400000), mfn(0x5200), 512, RW | BLOCK);
        m.xen.map(va(0x600000), mfn(0x7000), 1, RW);
        m.op("xen-pt modify");
        assertEquals(Errno.EINVAL, m.xen.modify(va(0x400000), 1024, RO | BLOCK));
        assertEquals(List.of("-22 modify-table @ " + MODIFY + "level 2 > xen_pt_check_entry"), m.errorsOfLastOperation());
        assertEquals(0x0040000005200FFDL, m.leaf(0x400)); // the block became read-only
        assertEquals(0x0040000007000F7FL, m.leaf(0x600));
        assertEquals(List.of("7ff2:400+1024"), m.flushesOfLastOperation());
    }

    @Test void modifyAttributeChange() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("setup");
        m.xen.map(va(0x200000), mfn(0x5000), 2, RW);
        m.xen.map(va(0x202000), mfn(0x9000), 1, XenPtFlags.PAGE_HYPERVISOR_NOCACHE);
        m.op("xen-pt modify");
        // "ro" is AttrIndx 7 (normal memory); the third page is AttrIndx 4 (device)
        assertEquals(Errno.EINVAL, m.xen.modify(va(0x200000), 3, RO));
        assertEquals(List.of("-22 modify-attribute-change @ " + MODIFY + "level 3 > xen_pt_check_entry"), m.errorsOfLastOperation());
        assertEquals(0x0040000005000FFFL, m.leaf(0x200));
        assertEquals(0x0040000005001FFFL, m.leaf(0x201));
        assertEquals(0x0040000009000E73L, m.leaf(0x202));
        assertEquals(List.of("7ff2:200+3"), m.flushesOfLastOperation());
    }

    @Test void modifyContiguous() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.MERGED).op("setup");
        m.xen.map(va(0xf000), mfn(0x500f), 1, RW);
        m.xen.map(va(0x10000), mfn(0x5010), 16, RW | BLOCK);
        m.op("xen-pt modify");
        assertEquals(Errno.EINVAL, m.xen.modify(va(0xf000), 2, RO));
        assertEquals(List.of("-22 modify-contiguous @ " + MODIFY + "level 3 > xen_pt_check_entry"), m.errorsOfLastOperation());
        assertEquals(0x004000000500FFFFL, m.leaf(0xf));
        assertEquals(0x0050000005010F7FL, m.leaf(0x10));
        assertEquals(List.of("7ff2:f+2"), m.flushesOfLastOperation());
    }

    @Test void rfcAlsoRefusesContiguousEntriesItDidNotWriteItself() {
        XenPtMachine m = new XenPtMachine(XenPtVariant.RFC).op("setup");
        m.xen.map(va(0x10000), mfn(0x5010), 1, RW);
        // as if boot code had set the hint: level-3 table 0x80003, entry 0x10
        m.frames.write(mfn(0x80003), 0x10, 0x0050000005010F7FL);
        m.op("xen-pt modify");
        assertEquals(Errno.EINVAL, m.xen.modify(va(0x10000), 1, RO));
        assertEquals(CheckEntryRule.MODIFY_CONTIGUOUS, m.xen.lastRejection());
        m.op("xen-pt remove");
        assertEquals(Errno.EINVAL, m.xen.remove(va(0x10000), 1));
        assertEquals(CheckEntryRule.REMOVE_CONTIGUOUS, m.xen.lastRejection());
        assertEquals(0x0050000005010F7FL, m.leaf(0x10));
    }

    @Test void eachRuleNamesItsErrnoAndFunction() {
        assertEquals(14, CheckEntryRule.values().length);
        assertEquals("w^x", CheckEntryRule.WRITE_AND_EXECUTE.kebabName());
        assertEquals("xen_pt_update", CheckEntryRule.UNALIGNED_VIRT.function());
        assertEquals(Errno.ENOENT, CheckEntryRule.MISSING_TABLE.errno());
        assertEquals(Errno.ENOMEM, CheckEntryRule.OUT_OF_MEMORY.errno());
        assertEquals(Errno.EOPNOTSUPP, CheckEntryRule.SHATTER_SUPERPAGE.errno());
        long checkEntryRules = java.util.Arrays.stream(CheckEntryRule.values())
                .filter(r -> r.function().equals("xen_pt_check_entry") && r.errno() == Errno.EINVAL).count();
        assertEquals(8, checkEntryRules);
    }
}
