package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.LockKind;

/**
 * STALE_TLB on an x86 PV process's tables: only the CPUs that have the pgd in CR3 can cache its
 * entries, and a CR3 load drops them. The process of the guest (domain 1, 2 vCPUs) is built by hand:
 * <pre>
 *  0 OPERATION_START "boot"
 *  1 FRAME_ALLOC 0x1000 swapper_pg_dir   2 FRAME_ALLOC 0x1001 pgd   3 FRAME_ALLOC 0x1002 level 3
 *  4 FRAME_ALLOC 0x1003 level 2          5 FRAME_ALLOC 0x1004 level 1
 *  6 PTE_WRITE 0x1001[0] = 0x1002        7 PTE_WRITE 0x1002[0] = 0x1003   8 PTE_WRITE 0x1003[2] = 0x1004
 *  9 FRAME_ALLOC 0x1005 data page       10 PTE_WRITE 0x1004[0] = page 0x1005 (va 0x400000)
 * 11 OPERATION_START "switch"           12 CR3_LOAD cpu 1 = pgd
 * 13 OPERATION_START "exit"
 * </pre>
 */
class PvStaleTlbTest {
    private static final int GUEST = 1;

    private final TinyHypervisor h = new TinyHypervisor();
    private Mfn swapper;
    private Mfn pgd;
    private Mfn pte;

    private void process() {
        h.op("boot");
        swapper = pvTable();
        pgd = pvTable();
        h.roots.add(pvRoot(swapper));
        h.roots.add(pvRoot(pgd));
        Mfn pud = pvTable();
        Mfn pmd = pvTable();
        pte = pvTable();
        h.write(pgd, 0, X86Pte.entry(pud, X86Pte.PAGE_TABLE));
        h.write(pud, 0, X86Pte.entry(pmd, X86Pte.PAGE_TABLE));
        h.write(pmd, 2, X86Pte.entry(pte, X86Pte.PAGE_TABLE));
        Mfn data = h.alloc(FrameKind.GUEST_RAM, GUEST);
        h.write(pte, 0, X86Pte.entry(data, X86Pte.PAGE_USER_RW));
        h.op("switch");
        cr3(1, pgd);
        h.op("exit");
    }

    private Mfn pvTable() { return h.alloc(FrameKind.PV_PAGE_TABLE, GUEST); }

    /** As the scenario runner declares a PV L4: TLB tag = the domain id. */
    private static TableRoot pvRoot(Mfn l4) {
        return new TableRoot(l4, 0, 1, FrameKind.PV_PAGE_TABLE, X86EntryFormat.INSTANCE, TableUser.P2M, GUEST, GUEST, -1);
    }

    private long cr3(int cpu, Mfn l4) { return h.trace.record(EventKind.CR3_LOAD, cpu, l4.value(), 0); }

    private List<Finding> stale() { return h.check(Rule.STALE_TLB); }

    @Test void aPteClearedWhileAnotherCpuHasThePgdInCr3AndNeverFlushedIsStale() {
        process();
        long clear = h.write(pte, 0, 0);                                // 14
        h.op("next");                                                   // 15
        List<Finding> f = stale();
        assertEquals(1, f.size());
        assertEquals(14, f.get(0).event());
        assertEquals(List.of(clear), f.get(0).proof());
        assertEquals(new Va(0x400000), f.get(0).va());
        assertEquals(null, f.get(0).gfn());
        assertTrue(f.get(0).message().contains("1 change of guest's process page tables (event 14; the first replaced the entry for va 0x400000"),
                f.get(0).message());
        assertTrue(f.get(0).message().contains("operation 2 (exit) returned"), f.get(0).message());
    }

    @Test void noCpuWithThePgdInCr3MeansNothingToFlush() {
        process();
        cr3(1, swapper);                                                // 14: leave_mm / drop_other_mm_ref
        h.write(pte, 0, 0);
        h.op("next");
        assertEquals(List.of(), stale());
    }

    @Test void aCr3ReloadAfterTheClearFlushesThatCpu() {
        process();
        h.write(pte, 0, 0);
        cr3(1, swapper);
        h.op("next");
        assertEquals(List.of(), stale());
    }

    @Test void everyCpuThatHadThePgdMustReloadOrBeFlushed() {
        process();
        cr3(0, pgd);                                                    // 14: both CPUs now
        h.write(pte, 0, 0);                                             // 15
        cr3(0, swapper);                                                // 16: CPU 1 still holds it
        h.op("next");
        assertEquals(1, stale().size());

        PvStaleTlbTest flushed = new PvStaleTlbTest();
        flushed.process();
        flushed.cr3(0, flushed.pgd);
        flushed.h.write(flushed.pte, 0, 0);
        flushed.h.flush(GUEST);                                         // MMUEXT_TLB_FLUSH_MULTI / UVMF_TLB_FLUSH
        flushed.h.op("next");
        assertEquals(List.of(), flushed.stale());
    }

    @Test void aFlushOfOneVcpuLeavesTheOthersStale() {
        process();
        h.write(pte, 0, 0);                                             // 14
        h.trace.record(EventKind.TLB_FLUSH, GUEST, 1L << 0, -1, "UVMF_TLB_FLUSH");   // 15: CPU 0's TLB only
        h.op("next");
        assertEquals(1, stale().size());

        PvStaleTlbTest multi = new PvStaleTlbTest();
        multi.process();
        multi.h.write(multi.pte, 0, 0);
        multi.h.trace.record(EventKind.TLB_FLUSH, GUEST, 1L << 1, -1, "MMUEXT_TLB_FLUSH_MULTI vcpus 10");
        multi.h.op("next");
        assertEquals(List.of(), multi.stale());
    }

    @Test void linuxsPteLockIsNoDeadlineButFreeingTheOldPageIs() {
        process();
        LockKind.SPLIT_PTL.lock(h.trace, GUEST, pte.value());           // 14: zap_pte_range
        long clear = h.write(pte, 0, 0);                                // 15
        LockKind.SPLIT_PTL.unlock(h.trace, GUEST, pte.value());         // 16: the mmu_gather flushes later
        long free = h.free(new Mfn(0x1005));                            // 17: but the page went first
        h.flush(GUEST);
        List<Finding> f = stale();
        assertEquals(1, f.size());
        assertEquals(List.of(clear, free), f.get(0).proof());
    }
}
