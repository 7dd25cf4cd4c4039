package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.block;
import static org.p2mdbg.core.check.TinyHypervisor.device;
import static org.p2mdbg.core.check.TinyHypervisor.page;
import static org.p2mdbg.core.check.TinyHypervisor.p2mType;
import static org.p2mdbg.core.check.TinyHypervisor.readOnly;
import static org.p2mdbg.core.check.TinyHypervisor.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

class BreakBeforeMakeTest {
    @Test void remappingALivePageInPlaceIsAViolationProvenByBothWrites() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();          // events 0..9, gfn 5 -> 0x1004 written at 9
        h.op("remap guest gfn=0x5");                                    // 10
        Mfn other = h.alloc(FrameKind.GUEST_RAM, GUEST);                // 11: 0x1005
        h.write(h.level3, 5, page(other));                              // 12

        List<Finding> f = h.check(Rule.BBM_VIOLATION);
        assertEquals(1, f.size());
        Finding bbm = f.get(0);
        assertEquals(Rule.BBM_VIOLATION, bbm.rule());
        assertEquals("guest", bbm.domain());
        assertEquals(new Mfn(0x1005), bbm.mfn());
        assertEquals(new Gfn(5), bbm.gfn());
        assertEquals(12, bbm.event());
        assertEquals(List.of(9L, 12L), bbm.proof());
        assertTrue(bbm.message().contains("the level-3 entry 0x1003[5] of guest's p2m (gfn 0x5)"), bbm.message());
        assertTrue(bbm.message().contains("the output address changed"), bbm.message());
    }

    @Test void invalidatingThenWritingWithoutAFlushIsAViolationProvenByTheBreakAndTheMake() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("remap guest gfn=0x5");                                    // 10
        Mfn other = h.alloc(FrameKind.GUEST_RAM, GUEST);                // 11
        h.write(h.level3, 5, 0);                                        // 12 break
        h.write(h.level3, 5, page(other));                              // 13 make, no flush in between

        List<Finding> f = h.check(Rule.BBM_VIOLATION);
        assertEquals(1, f.size());
        assertEquals(13, f.get(0).event());
        assertEquals(List.of(12L, 13L), f.get(0).proof());
    }

    @Test void breakFlushMakeIsFine() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("remap guest gfn=0x5");
        Mfn other = h.alloc(FrameKind.GUEST_RAM, GUEST);
        h.write(h.level3, 5, 0);
        h.flush(GUEST);
        h.write(h.level3, 5, page(other));

        assertEquals(List.of(), h.checkAll());
    }

    @Test void aFlushOfAnotherDomainOrOfAnotherRangeDoesNotCompleteTheBreak() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("remap guest gfn=0x5");                                    // 10
        Mfn other = h.alloc(FrameKind.GUEST_RAM, GUEST);                // 11
        h.write(h.level3, 5, 0);                                        // 12
        h.flush(TinyHypervisor.DOM0);                                   // 13 wrong VMID
        h.flush(GUEST, 6, 10);                                          // 14 gfns 6..15: misses gfn 5
        h.write(h.level3, 5, page(other));                              // 15

        List<Finding> f = h.check(Rule.BBM_VIOLATION);
        assertEquals(List.of(12L, 15L), f.get(0).proof());
        assertEquals(1, f.size());
    }

    @Test void permissionOnlyChangesAreAllowedInPlace() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("make gfn 0x5 read-only");
        h.write(h.level3, 5, readOnly(page(h.ram)));
        h.flush(GUEST);

        assertEquals(List.of(), h.checkAll());
    }

    @Test void aP2mTypeChangeInTheSoftwareBitsNeedsNeitherBreakNorFlush() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("retype gfn 0x5");
        h.write(h.level3, 5, p2mType(page(h.ram), 7));

        assertEquals(List.of(), h.checkAll());
    }

    @Test void aMemoryAttributeChangeInPlaceIsAViolation() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("make gfn 0x5 device memory");                             // 10
        h.write(h.level3, 5, device(page(h.ram)));                      // 11

        List<Finding> f = h.check(Rule.BBM_VIOLATION);
        assertEquals(1, f.size());
        assertEquals(List.of(9L, 11L), f.get(0).proof());
        assertTrue(f.get(0).message().contains("the attributes (bits 0x38) changed"), f.get(0).message());
    }

    @Test void replacingABlockByATableInPlaceChangesTheSize() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("map guest gfn=0x200 2M");                                 // 10
        h.write(h.level2, 1, block(new Mfn(0x80000)));                  // 11: gfns 0x200..0x3ff
        h.op("split gfn 0x200");                                        // 12
        Mfn split = h.table(GUEST);                                     // 13: 0x1005
        for (int i = 0; i < 512; i++) {
            h.write(split, i, page(new Mfn(0x80000 + i)));              // 14..525, not linked yet: not checked
        }
        h.write(h.level2, 1, table(split));                             // 526

        List<Finding> f = h.check(Rule.BBM_VIOLATION);
        assertEquals(1, f.size());
        assertEquals(526, f.get(0).event());
        assertEquals(List.of(11L, 526L), f.get(0).proof());
        assertEquals(new Gfn(0x200), f.get(0).gfn());
        assertTrue(f.get(0).message().contains("a block of MFN 0x80000 written at event 11, with a table at MFN 0x1005"),
                f.get(0).message());
        // a table descriptor carries none of the block's MemAttr, SH and AF bits
        assertTrue(f.get(0).message().contains("the output address, the size and the attributes (bits 0x73c) changed"),
                f.get(0).message());
    }

    @Test void splittingWithBreakBeforeMakeAsXenDoesIsFine() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("map guest gfn=0x200 2M");
        h.write(h.level2, 1, block(new Mfn(0x80000)));
        h.op("unmap guest gfn=0x201");
        Mfn split = h.table(GUEST);
        for (int i = 0; i < 512; i++) {
            h.write(split, i, page(new Mfn(0x80000 + i)));
        }
        h.write(h.level2, 1, 0);           // p2m_remove_pte
        h.flush(GUEST);                    // p2m_flush_tlb_sync
        h.write(h.level2, 1, table(split)); // p2m_write_pte
        h.write(split, 1, 0);              // the unmap itself, flushed below
        h.flush(GUEST);

        assertEquals(List.of(), h.checkAll());
    }
}
