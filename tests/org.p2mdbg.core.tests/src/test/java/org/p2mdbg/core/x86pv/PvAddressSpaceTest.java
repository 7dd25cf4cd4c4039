package org.p2mdbg.core.x86pv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.p2mdbg.core.x86pv.PvMachine.mfn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.TraceCursor;

/** Building, pinning and loading a PV address space, hypercall by hypercall and reference by reference. */
class PvAddressSpaceTest {
    private static PageTypeInfo writable() { return PageTypeInfo.UNTYPED.withType(PageType.WRITABLE, 1); }

    @Test void theGuestBootsOnAPinnedSwapperPgDirInEveryCr3() {
        PvMachine m = new PvMachine();
        // pinned by the domain builder, plus one typed reference per vCPU's CR3
        assertEquals(new PageTypeInfo(PageType.L4, 3, true, true), m.type(0x40000));
        assertEquals(mfn(0x40000), m.mm.cr3(0));
        assertEquals(mfn(0x40000), m.mm.cr3(1));
        assertEquals(Mfn.INVALID, m.mm.userCr3(0));
        assertEquals(writable(), m.type(0x40001));
        assertEquals(writable(), m.type(0x40002));
        assertEquals(FrameKind.PV_PAGE_TABLE, m.machine.frames().kind(mfn(0x40001)));
    }

    @Test void faultingPagesIntoAnUnpinnedMmWritesTablesDirectlyAndPtesByHypercall() {
        PvMachine m = new PvMachine().map16();
        assertEquals(0x0000000040003067L, m.machine.frames().peek(mfn(0x40001), 0));
        assertEquals(0x0000000040003067L, m.machine.frames().peek(mfn(0x40002), 0));
        assertEquals(0x0000000040004067L, m.machine.frames().peek(mfn(0x40003), 0));
        assertEquals(0x0000000040005067L, m.machine.frames().peek(mfn(0x40004), 2));
        assertEquals(0x8000000040006067L, m.machine.frames().peek(mfn(0x40005), 0));
        assertEquals(mfn(0x40006), m.mm.translate(new Va(0x400000)));
        assertEquals(mfn(0x40015), m.mm.translate(new Va(0x40f000)));
        assertEquals(Mfn.INVALID, m.mm.translate(new Va(0x410000)));
        // each PTE is one HYPERVISOR_mmu_update even unpinned; the links are plain stores
        assertEquals(16, m.cost("hypercalls"));
        assertEquals(0, m.cost("multicall_batches"));
        assertEquals(4, m.cost("direct_writes"));
        assertEquals(3, m.cost("table_allocs"));
        // first fault 3 reads a level (none, again under the lock, offset) and pte_none; then 2 a level and pte_none
        assertEquals(10 + 15 * 7, m.cost("pte_reads"));
        assertEquals(writable(), m.type(0x40005));
        assertEquals(List.of(0x400000L, 0x410000L), List.of(m.mm.vmas().get(0)[0], m.mm.vmas().get(0)[1]));
    }

    @Test void pinningIsOneMulticallAndValidatesTheWholeTree() {
        PvMachine m = new PvMachine().map16().pin();
        // uvm RO of the pud, pmd and pte pages, PIN_L1 of the pte page, uvm RO of the pgd (TLB flush),
        // PIN_L4 of the pgd, uvm RO of the user pgd (TLB flush), PIN_L4 of the user pgd: 8 entries
        assertEquals(1, m.cost("multicall_batches"));
        assertEquals(0, m.cost("hypercalls"));
        assertEquals(2, m.cost("tlb_flushes"));
        assertEquals(new PageTypeInfo(PageType.L4, 1, true, true), m.type(0x40001));
        assertEquals(new PageTypeInfo(PageType.L4, 1, true, true), m.type(0x40002));
        // the pud is referenced by both L4s, the pte page by the pmd and by its own pin
        assertEquals(new PageTypeInfo(PageType.L3, 2, false, true), m.type(0x40003));
        assertEquals(new PageTypeInfo(PageType.L2, 1, false, true), m.type(0x40004));
        assertEquals(new PageTypeInfo(PageType.L1, 2, true, true), m.type(0x40005));
        assertEquals(2, m.machine.frames().refs(mfn(0x40006)));   // allocation + the validated PTE
        // Linux's walk (256 + 1, 512 + 1, 512 + 1), then Xen validating L1, L4 (496 guest slots), L3, L2, the user L4
        assertEquals(1283 + 512 + 496 + 512 + 512 + 496, m.cost("pte_reads"));
    }

    @Test void pagesFaultedIntoAPinnedMmArePinnedAsTheyArrive() {
        PvMachine m = new PvMachine().map16().pin();
        m.op("pv-map guest va=0x40000000 nr=1");
        m.mm.map(new Va(0x40000000L), 1);
        // the new pmd page made read-only (a lone update_va_mapping), linked by mmu_update; the new pte
        // page made read-only and pinned (a multicall of 2), linked by mmu_update; the PTE by mmu_update
        assertEquals(4, m.cost("hypercalls"));
        assertEquals(1, m.cost("multicall_batches"));
        assertEquals(new PageTypeInfo(PageType.L1, 2, true, true), m.type(0x40017));
        assertEquals(new PageTypeInfo(PageType.L2, 1, false, true), m.type(0x40016));
    }

    @Test void aCpuRunningTheMmThenIdlingKeepsItsPgdInCr3() {
        PvMachine m = new PvMachine().map16().pin().cr3(1);
        // NEW_BASEPTR and NEW_USER_BASEPTR extend one mmuext_op: a single hypercall
        assertEquals(1, m.cost("hypercalls"));
        assertEquals(1, m.cost("cr3_loads"));
        assertEquals(mfn(0x40001), m.mm.cr3(1));
        assertEquals(mfn(0x40002), m.mm.userCr3(1));
        assertEquals(0b10, m.mm.cpumask());
        assertEquals(new PageTypeInfo(PageType.L4, 2, true, true), m.type(0x40001));
        assertEquals(new PageTypeInfo(PageType.L4, 2, true, true), m.type(0x40000));
    }

    @Test void loadingAnUnpinnedPgdFailsValidationAndKeepsTheOldCr3() {
        PvMachine m = new PvMachine().map16();
        m.op("pv-cr3 guest cpu=1");
        m.mm.runThenIdle(1);
        assertEquals(mfn(0x40000), m.mm.cr3(1));
        assertEquals(writable(), m.type(0x40001));
    }

    @Test void overlappingMappingsAndUnknownCpusAreRefused() {
        PvMachine m = new PvMachine().map16();
        assertThrows(IllegalArgumentException.class, () -> m.mm.map(new Va(0x40f000), 2));
        assertThrows(IllegalArgumentException.class, () -> m.mm.runThenIdle(2));
        m.op("pv-map guest va=0x410000 nr=1");
        m.mm.map(new Va(0x410000), 1);
        assertEquals(1, m.mm.vmas().size());   // merged with its neighbour
    }

    @Test void steppingBackUndoesTypesPinsAndCr3() {
        PvMachine m = new PvMachine().map16();
        long before = m.trace.size();
        long hash = m.machine.stateHash();
        m.pin().cr3(1);
        long after = m.machine.stateHash();
        TraceCursor cursor = new TraceCursor(m.trace, m.machine.frames());
        cursor.seek(before);
        assertEquals(hash, m.machine.stateHash());
        assertEquals(writable(), m.type(0x40005));
        assertEquals(mfn(0x40000), m.mm.cr3(1));
        assertFalse(m.type(0x40001).xenPinned());
        cursor.toEnd();
        assertEquals(after, m.machine.stateHash());
    }
}
