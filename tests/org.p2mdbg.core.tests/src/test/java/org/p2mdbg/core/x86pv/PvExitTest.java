package org.p2mdbg.core.x86pv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.x86pv.PvMachine.mfn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.LockKind;

/**
 * The exit of a pinned mm of 16 pages (one pud, pmd and pte page) on CPU 0, while CPU 1 keeps the
 * mm lazily in CR3 (or not): the costs of the three strategies of seed 002, counted by hand.
 */
class PvExitTest {
    private static final String[] NAMES = {"hypercalls", "multicall_batches", "ipis", "cr3_loads", "direct_writes", "trapped_writes",
        "tlb_flushes", "table_frees"};

    private static Map<String, Long> exitCosts(PvExitStrategy s, boolean cpu1Lazy) {
        PvMachine m = new PvMachine().map16().pin();
        if (cpu1Lazy) {
            m.cr3(1);
        }
        m.exit(s);
        Map<String, Long> all = m.costs();
        Map<String, Long> out = new LinkedHashMap<>();
        for (String n : NAMES) {
            out.put(n, all.get(n));
        }
        return out;
    }

    private static Map<String, Long> costs(long... values) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            out.put(NAMES[i], values[i]);
        }
        return out;
    }

    @Test void dropRefsSendsAnIpiUnpinsAndTearsDownWithPlainStores() {
        // CR3 loads: CPU 0 switching the exiting task in, CPU 0 leaving, CPU 1 leaving in the IPI; each
        // a hypercall, plus the event-channel send of the IPI; one multicall unpins and remaps the tree;
        // 16 PTEs, the pmd, pud and both pgd entries cleared by plain stores
        assertEquals(costs(4, 1, 1, 3, 20, 0, 2, 3), exitCosts(PvExitStrategy.DROP_REFS, true));
    }

    @Test void neverUnpinTrapsEveryPteClearAndHypercallsEveryTableClear() {
        // the switch-in CR3 load; pmd, pud and pgd clears by mmu_update (the pgd's with its user-pgd
        // twin in one call); the pmd and pud pages remapped by lone update_va_mappings and the pte page
        // unpinned and remapped in a multicall; CPU 0 leaving at tlb_finish_mmu; one TLB_FLUSH_MULTI
        // for CPU 1, still in mm_cpumask
        assertEquals(costs(8, 1, 0, 2, 0, 16, 1, 3), exitCosts(PvExitStrategy.NEVER_UNPIN, true));
    }

    @Test void tryUnpinGivesUpWhileAnotherCpuHoldsThePgd() {
        assertEquals(costs(8, 1, 0, 2, 0, 16, 1, 3), exitCosts(PvExitStrategy.TRY_UNPIN, true));
    }

    @Test void withNoOtherCpuTryUnpinAndDropRefsAreTheSameAndNeedNoIpi() {
        Map<String, Long> alone = costs(2, 1, 0, 2, 20, 0, 2, 3);
        assertEquals(alone, exitCosts(PvExitStrategy.DROP_REFS, false));
        assertEquals(alone, exitCosts(PvExitStrategy.TRY_UNPIN, false));
        assertEquals(costs(7, 1, 0, 2, 0, 16, 0, 3), exitCosts(PvExitStrategy.NEVER_UNPIN, false));
    }

    @Test void everyStrategyLeavesNoUserMappingAndGivesTheDataReferencesBack() {
        for (PvExitStrategy s : PvExitStrategy.values()) {
            PvMachine m = new PvMachine().map16().pin().cr3(1).exit(s);
            for (long va = 0x400000; va < 0x410000; va += 0x1000) {
                assertEquals(Mfn.INVALID, m.mm.translate(new Va(va)), s.scenarioName());
            }
            assertEquals(0, m.machine.frames().peek(mfn(0x40001), 0));
            assertEquals(0, m.machine.frames().peek(mfn(0x40002), 0));
            for (long data = 0x40006; data <= 0x40015; data++) {
                assertEquals(1, m.machine.frames().refs(mfn(data)), s.scenarioName());
            }
        }
    }

    @Test void whatStaysTypedAfterwardsDependsOnTheStrategy() {
        PvMachine drop = new PvMachine().map16().pin().cr3(1).exit(PvExitStrategy.DROP_REFS);
        assertEquals(PageTypeInfo.UNTYPED.withType(PageType.WRITABLE, 1), drop.type(0x40001));
        assertEquals(mfn(0x40000), drop.mm.cr3(1));
        assertEquals(0, drop.mm.cpumask());
        // CPU 1 still runs on the pgd: pinned, and typed by the pin and CPU 1's CR3
        PvMachine never = new PvMachine().map16().pin().cr3(1).exit(PvExitStrategy.NEVER_UNPIN);
        assertEquals(new PageTypeInfo(PageType.L4, 2, true, true), never.type(0x40001));
        assertEquals(new PageTypeInfo(PageType.L4, 2, true, true), never.type(0x40002));
        assertEquals(mfn(0x40001), never.mm.cr3(1));
        assertEquals(0b10, never.mm.cpumask());
    }

    @Test void theExitOfAnUnpinnedMmNeedsNeitherUnpinNorTraps() {
        PvMachine m = new PvMachine().map16();
        m.exit(PvExitStrategy.DROP_REFS);
        // (Linux always pins before use: here CPU 0's load of the unpinned pgd fails validation, and the
        // teardown stores go to writable tables)
        assertEquals(0, m.cost("multicall_batches"));
        assertEquals(0, m.cost("trapped_writes"));
        assertEquals(20, m.cost("direct_writes"));
        assertEquals(3, m.cost("table_frees"));
    }

    /** "LOCK ptl of 0x40005" for each LOCK / UNLOCK of the last operation (the detail names the lock, the c operand its table). */
    private static List<String> locks(PvMachine m) {
        int op = m.trace.operationCount() - 1;
        List<String> out = new ArrayList<>();
        for (long e = m.trace.operationStart(op); e < m.trace.operationEnd(op); e++) {
            EventKind k = m.trace.kind(e);
            if (k == EventKind.LOCK || k == EventKind.UNLOCK) {
                assertEquals(LockKind.of(m.trace.c(e)).name(LockKind.frame(m.trace.c(e))), m.trace.detail(e));
                out.add(k + " " + m.trace.detail(e));
            }
        }
        return out;
    }

    @Test void theExitTakesTheMmLockToUnpinAndEachPteTablesLockToZapIt() {
        PvMachine m = new PvMachine().map16().pin().cr3(1).exit(PvExitStrategy.DROP_REFS);
        // xen_exit_mmap: page_table_lock around xen_pgd_unpin, whose L1 keeps its split lock until the
        // unpin batch is issued; zap_pte_range: the pte table's lock around the 16 clears
        assertEquals(List.of("LOCK page_table_lock", "LOCK ptl of 0x40005", "UNLOCK ptl of 0x40005", "UNLOCK page_table_lock",
                "LOCK ptl of 0x40005", "UNLOCK ptl of 0x40005"), locks(m));
        // never-unpin only zaps
        PvMachine never = new PvMachine().map16().pin().cr3(1).exit(PvExitStrategy.NEVER_UNPIN);
        assertEquals(List.of("LOCK ptl of 0x40005", "UNLOCK ptl of 0x40005"), locks(never));
    }
}
