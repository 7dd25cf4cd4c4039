package org.p2mdbg.core.xen.arm32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.CheckContext;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.check.RuleChecker;
import org.p2mdbg.core.check.TableRoot;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Ipa;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.core.xen.arm.P2mType;

/** The arm32 VLPT of seed 001, slot by slot and flush by flush. */
class VlptTest {
    @Test void xenSecondIsLinkedFromTheFirstTwoRootEntries() {
        VlptMachine m = new VlptMachine();
        assertEquals(new Mfn(0x40000), m.xen.root());
        assertEquals(new Mfn(0x40002), m.xen.second());
        assertEquals(0x0000000040002E7FL, m.machine.frames().peek(new Mfn(0x40000), 0));
        assertEquals(0x0000000040003E7FL, m.machine.frames().peek(new Mfn(0x40000), 1));
        assertEquals(new Mfn(0x40004), m.guest.p2m().root());
    }

    @Test void prepareCopiesTheFirstLevelEntriesOfGuestRamIntoSlotsFrom66() {
        VlptMachine m = new VlptMachine().op("vlpt prepare guest");
        // 256 MiB: gma_end 0x90000000, first-level indices [2, 3): one slot, 66
        assertEquals(0, m.vlpt.prepare(0x10000));
        assertEquals(66, m.vlpt.secondLvlStart());
        assertEquals(67, m.vlpt.secondLvlEnd());
        long guestEntry = m.machine.frames().peek(new Mfn(0x40004), 2);
        // mfn_to_p2m_entry's table link: valid, table, MemAttr 0xf, read, SH inner, AF, XN, level-2 table 0x40006
        assertEquals(0x004000004000677FL, guestEntry);
        assertEquals(guestEntry, m.xen.peekSlot(66));
        assertEquals(guestEntry, m.vlpt.peekCopy(66));
        assertEquals(new Mfn(0x40008), m.vlpt.secondLvl());   // 0x40008-0x40009: the copy pages
        assertEquals(2, m.cost("table_allocs"));
        assertEquals(1, m.cost("pte_reads"));
        assertEquals(2, m.cost("pte_writes"));
        // flush_vlpt: slots [66, 67) are vfns 0x8400 .. 0x85ff
        assertEquals(List.of("8400+512 TLBIMVAH x 512"), m.tlbFlushes());
    }

    @Test void aWholeGibAlignedEndCopiesOneFirstLevelEntryMore() {
        VlptMachine m = new VlptMachine().op("vlpt prepare guest");
        // 1 GiB: gma_end 0xC0000000 exactly, yet (gma_end >> FIRST_SHIFT) + 1 = 4 copies index 3 too
        assertEquals(0, m.vlpt.prepare(0x40000));
        assertEquals(66, m.vlpt.secondLvlStart());
        assertEquals(68, m.vlpt.secondLvlEnd());
        assertEquals(2, m.cost("pte_reads"));
        assertEquals(List.of("8400+1024 TLBIMVAH x 1024"), m.tlbFlushes());
    }

    @Test void moreThan64GibOfRamDoesNotFitTheWindow() {
        VlptMachine m = new VlptMachine().op("vlpt prepare guest");
        assertEquals(Errno.ENOMEM, m.vlpt.prepare(0x1000001));
        assertEquals(List.of("prepare_vlpt: Available VLPT is small for domU guest (avail: 0x8000000, required: 0x8000008)"), m.errors());
        assertEquals(0, m.cost("pte_writes"));
        assertEquals(0, m.vlpt.secondLvlEnd());
        // The slot check (64 + end index >= 1024) would need gma_end >= 959 GiB, i.e. far more RAM than
        // the first check lets through: with GUEST_RAM_BASE at 2 GiB it never fires.
    }

    @Test void exactly64GibPassesAndWritesSlotsPastTheWindowIntoVmap() {
        VlptMachine m = new VlptMachine().op("vlpt prepare guest");
        assertEquals(0, m.vlpt.prepare(0x1000000));
        // gma_end = 66 GiB: first-level indices [2, 67) go to slots [66, 131); the window ends at slot 128
        assertEquals(131, m.vlpt.secondLvlEnd());
        assertEquals(65, m.cost("pte_reads"));
        assertEquals(130, m.cost("pte_writes"));
        assertTrue(Vlpt.VIRT_LIN_P2M_END >>> Arm32XenTables.SECOND_SHIFT < m.vlpt.secondLvlEnd());
    }

    @Test void noMemoryForTheCopyPagesIsEnomem() {
        // 8 frames: Xen's 3 (plus one skipped for alignment), the p2m root 2, the guest's two tables
        VlptMachine m = new VlptMachine(9);
        m.op("vlpt prepare guest");
        assertEquals(Errno.ENOMEM, m.vlpt.prepare(0x10000));
        assertEquals(List.of("prepare_vlpt: alloc_domheap_pages(NULL, 1, 0) failed"), m.errors());
    }

    @Test void aLookupReadsTheGfnsLevel3EntryThroughXensTables() {
        VlptMachine m = new VlptMachine();
        m.op("vlpt prepare guest");
        m.vlpt.prepare(0x10000);
        m.op("vlpt lookup guest ipa=0x80003000");
        VlptLookup l = m.vlpt.lookup(new Ipa(0x80003000L));
        assertEquals(new Va(0x08400018L), l.va());
        assertFalse(l.faulted());
        // Xen level 1 (root[0]) -> level 2 (xen_second[66], the guest's first-level entry) -> level 3
        // (the guest's level-2 table 0x40006, entry 0, read as a page) -> the level-3 table 0x40007
        assertEquals(List.of(1, 2, 3), l.walk().stream().map(s -> s.level()).toList());
        assertEquals(66, l.walk().get(1).index());
        assertEquals(new Mfn(0x40007), l.frame());
        assertEquals(3, l.index());
        assertEquals(m.machine.frames().peek(new Mfn(0x40007), 3), l.descriptor());
        assertEquals(new Mfn(0x50004), Lpae.mfn(l.descriptor()));
        assertEquals(4, m.cost("pte_reads"));
        long e = m.trace.size() - 1;
        assertEquals(EventKind.VLPT_LOOKUP, m.trace.kind(e));
        assertEquals(Trace.entryRef(0x40007, 3), m.trace.c(e));
    }

    @Test void xenSeesTheGuestsTableDescriptorAsAPageWithItsAttributeBits() {
        VlptMachine m = new VlptMachine();
        long l2Entry = m.machine.frames().peek(new Mfn(0x40006), 0);
        // a p2m table descriptor carries mfn_to_p2m_entry's bits: at Xen's level 3 they are page attributes
        assertEquals("page", Lpae.describe(l2Entry, 3));
        List<DecodedField> asXen = Lpae.decode(l2Entry, 3, Stage.STAGE1);
        assertEquals(7, field(asXen, "AttrIndx"));   // MemAttr 0xf seen as MAIR index 7
        assertEquals(1, field(asXen, "NS"));
        assertEquals(1, field(asXen, "AP"));         // the p2m "read" bit seen as EL0 access
        assertEquals(1, field(asXen, "XN"));
    }

    private static long field(List<DecodedField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test void aSuperpageInTheGuestP2mIsMisreadOrFaults() {
        VlptMachine m = new VlptMachine();
        m.op("map guest gfn=0x80200 nr=512 mfn=0x50200");
        m.guest.p2m().insertMapping(new Gfn(0x80200), 512, new Mfn(0x50200), P2mType.RAM_RW);
        m.op("map guest gfn=0xc0000 nr=0x40000 mfn=0x80000");
        m.guest.p2m().insertMapping(new Gfn(0xc0000), 0x40000, new Mfn(0x80000), P2mType.RAM_RW);
        m.op("vlpt prepare guest");
        assertEquals(0, m.vlpt.prepare(0x80000));
        // a 2 MiB block: its level-2 entry (bits 01) is reserved at Xen's level 3, the walk faults
        m.op("vlpt lookup guest ipa=0x80201000");
        assertTrue(m.vlpt.lookup(new Ipa(0x80201000L)).faulted());
        // a 1 GiB block copied into slot 67 is a 2 MiB block for Xen: the load reads guest RAM
        m.op("vlpt lookup guest ipa=0xc0005000");
        VlptLookup l = m.vlpt.lookup(new Ipa(0xc0005000L));
        assertEquals(new Mfn(0x80000), l.frame());
        assertEquals(5, l.index());
        CheckContext c = CheckContext.of(m.trace,
                List.of(TableRoot.p2m(m.guest.p2m().root(), 1, 2, 1, false), TableRoot.xen(m.xen.root(), 1)), Map.of(1, "guest"));
        List<Finding> findings = RuleChecker.check(m.trace, c, EnumSet.of(Rule.VLPT_MISREAD));
        assertEquals(2, findings.size());
        assertEquals(new Gfn(0x80201), findings.get(0).gfn());
        assertEquals(new Gfn(0xc0005), findings.get(1).gfn());
    }

    @Test void aFirstLevelEntryCreatedAfterPrepareIsNotInTheWindow() {
        VlptMachine m = new VlptMachine();
        m.op("vlpt prepare guest");
        m.vlpt.prepare(0x80000);          // 2 GiB: slots [66, 69), slot 67 copied while still invalid
        assertEquals(0, m.xen.peekSlot(67));
        m.op("map guest gfn=0xc0001 nr=1 mfn=0x60001");
        m.guest.p2m().insertMapping(new Gfn(0xc0001), 1, new Mfn(0x60001), P2mType.RAM_RW);
        m.op("vlpt lookup guest ipa=0xc0001000");
        assertTrue(m.vlpt.lookup(new Ipa(0xc0001000L)).faulted());
        CheckContext c = CheckContext.of(m.trace, List.of(TableRoot.p2m(m.guest.p2m().root(), 1, 2, 1, false)), Map.of(1, "guest"));
        List<Finding> findings = RuleChecker.check(m.trace, c, EnumSet.of(Rule.VLPT_MISREAD));
        assertEquals(1, findings.size());
        assertEquals(new Gfn(0xc0001), findings.get(0).gfn());
    }

    @Test void aContextSwitchRewritesOnlyTheSlotsThatDifferWithOneFlushEach() {
        VlptMachine m = new VlptMachine();
        Domain other = m.machine.createDomain("other", 2, 1);
        Vlpt otherVlpt = new Vlpt(m.xen, other);
        m.op("map other");
        other.p2m().insertMapping(new Gfn(0x80000), 1, new Mfn(0x60001), P2mType.RAM_RW);
        other.p2m().insertMapping(new Gfn(0x100000), 1, new Mfn(0x60003), P2mType.RAM_RW);
        m.op("vlpt prepare guest");
        m.vlpt.prepare(0x100000);          // 4 GiB: slots [66, 71)
        m.op("vlpt prepare other");
        otherVlpt.prepare(0x100000);
        assertEquals(List.of("8400+2560 TLBIMVAH x 2560"), m.tlbFlushes());
        // other maps first-level entries 2 and 4, guest only 2: slots 66 and 68 differ
        for (int round = 0; round < 3; round++) {
            m.op("vlpt switch guest");
            m.vlpt.restore();
            assertEquals(List.of("8400+512 TLBIMVAH x 512", "8800+512 TLBIMVAH x 512"), m.tlbFlushes());
            assertEquals(10, m.cost("pte_reads"));
            assertEquals(2, m.cost("pte_writes"));
            m.op("vlpt switch other");
            otherVlpt.restore();
            assertEquals(2, m.cost("tlb_flushes"));
        }
        m.op("vlpt switch other");
        otherVlpt.restore();
        assertEquals(List.of(), m.tlbFlushes());
        assertEquals(0, m.cost("pte_writes"));
    }

    @Test void aWriteFaultOnAWriteProtectedRamPageIsFixedThroughTheWindow() {
        VlptMachine m = new VlptMachine();
        m.op("vlpt prepare guest");
        m.vlpt.prepare(0x10000);
        long leaf = m.machine.frames().peek(new Mfn(0x40007), 3);
        m.op("log-dirty: write-protect gfn 0x80003");
        m.machine.frames().write(new Mfn(0x40007), 3, Lpae.S2AP.set(leaf, 1));
        m.op("vlpt fault guest ipa=0x80003000");
        assertTrue(m.vlpt.handleWriteFault(new Ipa(0x80003000L)));
        assertEquals(leaf, m.machine.frames().peek(new Mfn(0x40007), 3));
        assertEquals(List.of("0+-1"), m.tlbFlushes());
        m.op("vlpt fault guest ipa=0x80003000");
        assertFalse(m.vlpt.handleWriteFault(new Ipa(0x80003000L)));   // writable again: not a dirty-page fault
        assertEquals(0, m.cost("pte_writes"));
    }

    @Test void steppingBackUndoesTheSlotsAndTheDirtyRegisters() {
        VlptMachine m = new VlptMachine();
        long before = m.trace.size();
        long hash = m.machine.stateHash();
        m.op("vlpt prepare guest");
        m.vlpt.prepare(0x10000);
        TraceCursor cursor = new TraceCursor(m.trace, m.machine.frames());
        cursor.seek(before);
        assertEquals(hash, m.machine.stateHash());
        assertEquals(0, m.vlpt.secondLvlEnd());
        assertEquals(0, m.xen.peekSlot(66));
        cursor.toEnd();
        assertEquals(67, m.vlpt.secondLvlEnd());
    }
}
