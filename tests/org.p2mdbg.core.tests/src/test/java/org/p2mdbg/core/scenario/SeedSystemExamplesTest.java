package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.scenario.Costs.assertCosts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

/**
 * The examples of seeds 001-003 (examples/seed00[123]-*.p2m), run to the end under each strategy
 * they are compared across, with their counts explained from the functions they follow: the VLPT
 * patch of seed 001, Linux 4.11's xen_exit_mmap and Xen 4.8's PV memory management for seed 002,
 * and Xen's passthrough code around the seed-003 patch. Each finding the examples show has a
 * variant of the same lines that does not show it.
 */
class SeedSystemExamplesTest {
    private static RunResult run(String example, Map<String, String> options) {
        try {
            return ScenarioRunner.run(Examples.path(example), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example run with some of its text replaced: text, replacement, text, replacement... (each text occurring once). */
    private static RunResult variant(String example, String... replacements) {
        try {
            String source = Files.readString(Examples.path(example));
            for (int i = 0; i < replacements.length; i += 2) {
                if (source.split(Pattern.quote(replacements[i]), -1).length != 2) {
                    throw new IllegalArgumentException(example + " has no single " + replacements[i]);
                }
                source = source.replace(replacements[i], replacements[i + 1]);
            }
            return ScenarioRunner.start(ScenarioParser.parse(example, source)).runToEnd();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Rule> rules(RunResult r) { return r.findings().stream().map(Finding::rule).toList(); }

    private static long count(RunResult r, Rule rule) { return r.findings().stream().filter(f -> f.rule() == rule).count(); }

    // ---- seed 001: arm32 VLPT ----

    @Test void seed001PreparesSwitchesLooksUpAndRunsOutOfWindow() {
        RunResult r = Examples.run("seed001-vlpt.p2m");
        assertEquals(15, r.operations());
        // populate guest, 16 pages: the first creates the level-2 and level-3 tables (2 reads each, 1 for
        // the leaf), the 15 others read 3 entries; 16 leaves and 2 links; a preemption check after every
        // extent but the last
        assertCosts(r.operationCosts(2), "pte_reads", 50, "pte_writes", 18, "table_allocs", 2, "preempt_checks", 15);
        // 4 GiB: gma_end 0x180000000, first-level indices [2, 7) into slots [66, 71): 5 reads, each written to
        // xen_second and to the copy; setup_pagetables before it allocates the root and xen_second (2 pages)
        // and writes the 2 links; the copy pair is 2 more pages; flush_vlpt flushes the range once
        assertCosts(r.operationCosts(6), "pte_reads", 5, "pte_writes", 12, "table_allocs", 5, "tlb_flushes", 1);
        // Xen's walk of 0x08400018: its root, slot 66, the guest's level-2 entry read as a level-3 page; then the load
        assertCosts(r.operationCosts(7), "pte_reads", 4);
        // other's prepare writes the same 5 slots (and its copy)
        assertCosts(r.operationCosts(8), "pte_reads", 5, "pte_writes", 10, "table_allocs", 2, "tlb_flushes", 1);
        // restore_vlpt compares 5 slots with guest's copy (2 reads each); slot 66 (other's level-2 table) and
        // slot 68 (other's IPA 4 GiB, nothing for guest) differ: rewritten, one 2 MiB flush each
        assertCosts(r.operationCosts(10), "pte_reads", 10, "pte_writes", 2, "tlb_flushes", 2);
        // the superpage's level-2 entry is a block, reserved at Xen's level 3: the walk faults after 3 reads
        assertCosts(r.operationCosts(12), "pte_reads", 3);
        // 64 GiB + 4 KiB: the window check fails before anything is read or allocated
        assertCosts(r.operationCosts(14));
        assertEquals(1, r.errors().size());
        assertEquals("-ENOMEM", r.errors().get(0).code());
        assertEquals(14, r.errors().get(0).operation());
        // the lookup between other's prepare and the switch, and the one inside the superpage
        List<Finding> misreads = r.findings().stream().filter(f -> f.rule() == Rule.VLPT_MISREAD).toList();
        assertEquals(List.of(new Gfn(0x80003), new Gfn(0x80201)), misreads.stream().map(Finding::gfn).toList());
        assertEquals(List.of(9, 12), misreads.stream().map(f -> r.trace().operationOf(f.event())).toList());
        // prepare_vlpt and restore_vlpt overwrite the live slot 66 in place, without an invalid entry between
        assertEquals(2, count(r, Rule.BBM_VIOLATION));
        // each domain still holds its copy pair (d->arch.dirty.second_lvl): no leak while the domains live
        assertEquals(0, count(r, Rule.TABLE_LEAK));
        assertEquals(4, r.findings().size());
    }

    @Test void aCopyPairNothingHoldsAnyMoreIsATableLeak() {
        // a second prepare of guest points second_lvl at a new pair: the first (0x4040a, 0x4040b) is lost
        RunResult again = variant("seed001-vlpt.p2m", "vlpt prepare guest max-pages=0x1000001", "vlpt prepare guest max-pages=0x100000");
        List<Finding> leaks = again.findings().stream().filter(f -> f.rule() == Rule.TABLE_LEAK).toList();
        assertEquals(List.of(new Mfn(0x4040a), new Mfn(0x4040b)), leaks.stream().map(Finding::mfn).toList());
        // other destroyed: cleanup_vlpt only unmaps its pair (0x4040c, 0x4040d), nothing frees it
        RunResult destroyed = variant("seed001-vlpt.p2m", "vlpt prepare guest max-pages=0x1000001", "destroy other");
        leaks = destroyed.findings().stream().filter(f -> f.rule() == Rule.TABLE_LEAK).toList();
        assertEquals(List.of(new Mfn(0x4040c), new Mfn(0x4040d)), leaks.stream().map(Finding::mfn).toList());
        assertTrue(leaks.get(0).message().contains("its tree belongs to a destroyed domain"), leaks.get(0).message());
    }

    @Test void destroyingTheDomainTheWindowShowsLeavesXensSlotOnItsFreedTable() {
        // nothing in the patch clears the slots: after p2m_teardown frees guest's level-2 table 0x40005,
        // xen_second's slot 66 (written back by restore_vlpt) still points at it; and guest's pair leaks
        RunResult r = variant("seed001-vlpt.p2m", "vlpt prepare guest max-pages=0x1000001", "destroy guest");
        List<Finding> uaf = r.findings().stream().filter(f -> f.rule() == Rule.USE_AFTER_FREE).toList();
        assertEquals(1, uaf.size());
        assertEquals(new Mfn(0x40005), uaf.get(0).mfn());
        assertTrue(uaf.get(0).message().contains("the level-2 entry 0x40408[66] of Xen's page tables (va 0x8400000)"), uaf.get(0).message());
        List<Finding> leaks = r.findings().stream().filter(f -> f.rule() == Rule.TABLE_LEAK).toList();
        assertEquals(List.of(new Mfn(0x4040a), new Mfn(0x4040b)), leaks.stream().map(Finding::mfn).toList());
    }

    @Test void aVlptLookupOfAPageTheWindowHoldsReadsItsEntry() {
        // the same guest alone: prepare, then a lookup of a 4 KiB page
        RunResult r = variant("seed001-vlpt.p2m", "vlpt prepare other max-pages=0x100000", "vlpt lookup guest ipa=0x8000f000");
        assertEquals(1, count(r, Rule.VLPT_MISREAD));   // only the superpage's
        RunResult noSuperpage = variant("seed001-vlpt.p2m", "vlpt lookup guest ipa=0x80201000", "vlpt lookup guest ipa=0x80001000");
        assertEquals(1, count(noSuperpage, Rule.VLPT_MISREAD));   // only the stale window's
        assertEquals(new Gfn(0x80003), noSuperpage.findings().stream().filter(f -> f.rule() == Rule.VLPT_MISREAD).findFirst()
                .orElseThrow().gfn());
        RunResult neither = variant("seed001-vlpt.p2m", "vlpt prepare other max-pages=0x100000", "vlpt lookup guest ipa=0x8000f000",
                "vlpt lookup guest ipa=0x80201000", "vlpt lookup guest ipa=0x80001000");
        assertEquals(0, count(neither, Rule.VLPT_MISREAD));
    }

    // ---- seed 002: x86 PV exit ----

    /** The exit operation (the last) under one strategy. */
    private static Map<String, Long> exitCosts(String strategy) {
        RunResult r = run("seed002-pv-exit.p2m", Map.of("pv-exit", strategy));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(), r.findings());
        return r.operationCosts(r.operations() - 1);
    }

    @Test void seed002BuildsPinsAndHoldsTheMmTheSameWayUnderEveryStrategy() {
        RunResult r = Examples.run("seed002-pv-exit.p2m");
        // pv-map: swapper_pg_dir and both pgds at boot, then the pud, pmd and pte pages; each of the 16
        // PTEs set by one mmu_update (not in lazy MMU mode); the links are plain stores to unpinned tables
        // (the pud link goes to the pgd and its user twin: 4 stores); 16 + 4 entries written. Reads: Xen
        // validates swapper_pg_dir when the domain builder pins it (496 guest slots); the first fault
        // reads 3 entries per missing table (checked, checked again under the lock, read back), each
        // later one 2 per level, and every fault reads its PTE: 496 + 9 + 15 * 6 + 16
        assertCosts(r.operationCosts(1), "pte_reads", 496 + 9 + 15 * 6 + 16, "pte_writes", 20, "table_allocs", 6, "hypercalls", 16, "direct_writes", 4);
        // pv-pin: one multicall; Xen validates the tree: __xen_pgd_walk reads 256 pgd slots + 1 follow, 512 + 1
        // pud entries, 512 + 1 pmd entries (1283), then alloc_l4_table reads 496 guest slots of each pgd
        // and the pud, pmd and pte tables 512 each (2528); both pgds' read-only remaps flush the TLB
        assertCosts(r.operationCosts(2), "pte_reads", 1283 + 2528, "tlb_flushes", 2, "multicall_batches", 1);
        // pv-cr3 cpu=1: NEW_BASEPTR and NEW_USER_BASEPTR extend one mmuext_op, issued alone: one hypercall
        assertCosts(r.operationCosts(3), "hypercalls", 1, "cr3_loads", 1);
    }

    @Test void seed002LeavesNoStaleTlbUnderAnyStrategy() {
        // drop-refs: every CPU loaded swapper_pg_dir before the clears, so no TLB can hold the pgd's entries;
        // try-unpin and never-unpin: CPU 1 still has the pgd, and tlb_finish_mmu's TLB_FLUSH_MULTI reaches
        // it (it is still in mm_cpumask) before the tables are freed and the exit returns
        for (String s : List.of("drop-refs", "try-unpin", "never-unpin")) {
            assertEquals(0, count(run("seed002-pv-exit.p2m", Map.of("pv-exit", s)), Rule.STALE_TLB), s);
        }
    }

    @Test void seed002DropRefsSendsAnIpiAndTearsDownWithPlainStores() {
        Map<String, Long> c = exitCosts("drop-refs");
        // CR3 loads: CPU 0 switching the exiting task in, CPU 0 leaving, CPU 1 leaving in drop_other_mm_ref
        assertEquals(3, c.get("cr3_loads"));
        // those three CR3 loads and the event-channel send of the IPI
        assertEquals(4, c.get("hypercalls"));
        assertEquals(1, c.get("ipis"));
        // __xen_pgd_unpin: one multicall
        assertEquals(1, c.get("multicall_batches"));
        // 16 PTEs, the pmd and pud entries and both pgd entries cleared by plain stores
        assertEquals(20, c.get("direct_writes"));
        assertEquals(0, c.get("trapped_writes"));
        // the unpin remaps both pgds writable with UVMF_TLB_FLUSH
        assertEquals(2, c.get("tlb_flushes"));
        // tlb_finish_mmu frees the pud, pmd and pte pages
        assertEquals(3, c.get("table_frees"));
    }

    @Test void seed002TryUnpinAndNeverUnpinTrapEveryPteClear() {
        for (String s : List.of("try-unpin", "never-unpin")) {
            Map<String, Long> c = exitCosts(s);
            // try-unpin gives up: CPU 1 still has the pgd in CR3; never-unpin does not try
            assertEquals(0, c.get("ipis"), s);
            // only CPU 0's two CR3 loads (switching in, leaving at tlb_finish_mmu)
            assertEquals(2, c.get("cr3_loads"), s);
            // each PTE clear traps into ptwr emulation
            assertEquals(16, c.get("trapped_writes"), s);
            assertEquals(0, c.get("direct_writes"), s);
            // 2 CR3 loads, the pmd, pud and pgd clears by mmu_update (the pgd's with its user twin), the pmd and
            // pud pages remapped by lone update_va_mappings, and MMUEXT_TLB_FLUSH_MULTI for CPU 1
            assertEquals(8, c.get("hypercalls"), s);
            // the pte page unpinned and remapped together
            assertEquals(1, c.get("multicall_batches"), s);
            // the TLB_FLUSH_MULTI for CPU 1, still in mm_cpumask
            assertEquals(1, c.get("tlb_flushes"), s);
            assertEquals(3, c.get("table_frees"), s);
        }
    }

    @Test void seed002UnpinningCostsAWalkAndTheDevalidationOfBothPgds() {
        long drop = exitCosts("drop-refs").get("pte_reads");
        long never = exitCosts("never-unpin").get("pte_reads");
        // __xen_pgd_walk for the unpin reads 1283 entries (as for the pin), and Xen devalidates both pgds
        // (496 guest slots each) once their pin and CR3 references are gone; the pud, pmd and pte tables are
        // devalidated in both cases. never-unpin instead reads the old value of each of the 16 PTEs and 4
        // table entries it updates through Xen (ptwr emulation, mmu_update)
        assertEquals(never + 1283 + 2 * 496 - 20, drop);
    }

    @Test void seed002TotalsAreTheSumOfTheOperations() {
        // before the exit: 16 + 1 hypercalls, 1 multicall, 4 direct writes, 1 CR3 load, 2 TLB flushes
        Map<String, Long> drop = run("seed002-pv-exit.p2m", Map.of("pv-exit", "drop-refs")).costs();
        assertEquals(17 + 4, drop.get("hypercalls"));
        assertEquals(1 + 1, drop.get("multicall_batches"));
        assertEquals(4 + 20, drop.get("direct_writes"));
        assertEquals(1 + 3, drop.get("cr3_loads"));
        assertEquals(2 + 2, drop.get("tlb_flushes"));
        Map<String, Long> never = run("seed002-pv-exit.p2m", Map.of("pv-exit", "never-unpin")).costs();
        assertEquals(17 + 8, never.get("hypercalls"));
        assertEquals(4, never.get("direct_writes"));
        assertEquals(1 + 2, never.get("cr3_loads"));
        assertEquals(2 + 1, never.get("tlb_flushes"));
    }

    // ---- seed 003: IOMMU flushes ----

    private static final List<String> VTD_OPS = List.of("create domain dom0", "create domain guest", "device gpu0 iommu=vtd domain=dom0",
            "iommu-hwdom dom0 pfn=0x100 nr=16");

    /** The iotlb costs of operations 3 (hwdom), 5-8 (nic0's blocks) and 13 (the explicit flush). */
    private static void assertFlushes(RunResult r, int op, long flushes, long added, long modified) {
        Map<String, Long> c = r.operationCosts(op);
        assertEquals(List.of(flushes, added, modified), List.of(c.get("iotlb_flushes"), c.get("iotlb_flushes_added"),
                c.get("iotlb_flushes_modified")), "operation " + op + " (" + r.trace().operationName(op) + ")");
    }

    @Test void seed003VtdFlushesPerPageOnceOrByTheCaller() {
        RunResult perPage = run("seed003-iommu-flush-vtd.p2m", Map.of("iommu-flush", "per-page"));
        assertEquals(VTD_OPS, List.of(perPage.trace().operationName(0), perPage.trace().operationName(1),
                perPage.trace().operationName(2), perPage.trace().operationName(3)));
        // hwdom init in caching mode: each of the 16 added entries invalidated, then VT-d's global flush
        assertFlushes(perPage, 3, 17, 16, 0);
        // the order-9 block read-only: 512 added entries, each invalidated in caching mode
        assertFlushes(perPage, 5, 512, 512, 0);
        // made writable: 512 present entries modified, one flush each; unmapped: the same
        assertFlushes(perPage, 6, 512, 0, 512);
        assertFlushes(perPage, 7, 512, 0, 512);
        // caching mode off: adding entries needs no flush page by page
        assertFlushes(perPage, 8, 0, 0, 0);
        // the caller's explicit flush of 2 pages: domain-selective, with both flags
        assertFlushes(perPage, 13, 1, 0, 1);
        assertEquals(17 + 3 * 512 + 1, perPage.costs().get("iotlb_flushes"));

        for (String s : List.of("accumulate", "caller")) {
            RunResult r = run("seed003-iommu-flush-vtd.p2m", Map.of("iommu-flush", s));
            // one flush per order-9 operation, of the highest kind, domain-selective (more than one page)
            assertFlushes(r, 5, 1, 1, 0);
            assertFlushes(r, 6, 1, 0, 1);
            assertFlushes(r, 7, 1, 0, 1);
            // even without caching mode the wrapper flushes a 512-page range of added entries
            assertFlushes(r, 8, 1, 1, 0);
            assertFlushes(r, 13, 1, 0, 1);
            // the block's walks do not depend on the strategy: 4 reads a page, 512 leaves + 3 links
            assertCosts(r.operationCosts(5), "pte_reads", 2048, "pte_writes", 515, "table_allocs", 4, "iotlb_flushes", 1,
                    "iotlb_flushes_added", 1);
        }
        // accumulate: the per-CPU flag elides every flush of the hwdom loop, only the global one is left
        assertFlushes(run("seed003-iommu-flush-vtd.p2m", Map.of("iommu-flush", "accumulate")), 3, 1, 0, 0);
        // caller: one iommu_iotlb_flush_all with the collected (added) flag, then the global one
        assertFlushes(run("seed003-iommu-flush-vtd.p2m", Map.of("iommu-flush", "caller")), 3, 2, 1, 0);
    }

    @Test void seed003AmdViIgnoresAddedEntriesAndHadNoFlushOpLateIn2018() {
        RunResult perPage = run("seed003-iommu-flush-amdvi.p2m", Map.of("iommu-flush", "per-page"));
        // AMD-Vi never flushes for added entries: hwdom init and the first block flush nothing
        assertFlushes(perPage, 3, 0, 0, 0);
        assertFlushes(perPage, 5, 0, 0, 0);
        // the block made writable and unmapped: one flush per page each time
        assertFlushes(perPage, 6, 512, 0, 512);
        assertFlushes(perPage, 7, 512, 0, 512);
        // the late-2018 driver had no iotlb_flush op: the explicit flush does nothing
        assertFlushes(perPage, 13, 0, 0, 0);
        for (String s : List.of("accumulate", "caller")) {
            RunResult r = run("seed003-iommu-flush-amdvi.p2m", Map.of("iommu-flush", s));
            assertFlushes(r, 6, 1, 0, 1);
            assertFlushes(r, 7, 1, 0, 1);
            assertFlushes(r, 13, 1, 0, 1);
        }
        // the merged iommu_iotlb_flush_all of the hwdom init ignores the flags: one flush, counted as modified
        assertFlushes(run("seed003-iommu-flush-amdvi.p2m", Map.of("iommu-flush", "caller")), 3, 1, 0, 1);
        assertFlushes(run("seed003-iommu-flush-amdvi.p2m", Map.of("iommu-flush", "accumulate")), 3, 0, 0, 0);
    }

    @Test void aDeviceThatStillMapsAFreedPageIsADmaAfterFree() {
        RunResult r = Examples.run("seed003-dma-after-free.p2m");
        // a real second finding: after relinquish nic0 still reaches 0x40002 at dfn 0x80000, which the p2m no longer maps
        assertEquals(List.of(Rule.USE_AFTER_FREE, Rule.IOMMU_P2M_MISMATCH), rules(r));
        Finding mismatch = r.findings().get(1);
        assertEquals(new Mfn(0x40002), mismatch.mfn());
        assertEquals(new Gfn(0x80000), mismatch.gfn());
        assertEquals("relinquish guest (#1)", r.trace().operationName(r.trace().operationOf(mismatch.event())),
                "the relinquish that cleared the p2m entry made them disagree");
        assertEquals(2, mismatch.proof().size(), "the iommu-map's and the relinquish's writes");
        Finding f = r.findings().get(0);
        assertEquals(new Mfn(0x40002), f.mfn());
        assertEquals(new Gfn(0x80000), f.gfn());
        assertEquals("guest", f.domain());
        assertTrue(f.message().contains("guest's IOMMU tables"), f.message());
        assertTrue(f.message().contains("a device (DMA)"), f.message());
        // unmapping gfn 0x80000 from the device too before the guest dies: nothing to find
        RunResult unmapped = variant("seed003-dma-after-free.p2m", "iommu-unmap nic0 dfn=0x80001 order=0",
                "iommu-unmap nic0 dfn=0x80000 order=1");
        assertEquals(List.of(), rules(unmapped));
    }

    @Test void anUnmapWhoseFlushTheFlagDeferredLeavesTheIotlbStale() {
        for (String s : List.of("per-page", "accumulate", "caller")) {
            RunResult r = run("seed003-stale-iotlb.p2m", Map.of("iommu-flush", s));
            assertEquals(List.of(Rule.STALE_IOTLB), rules(r), s);
            assertEquals(new Gfn(0x80000), r.findings().get(0).gfn());
            assertEquals(4, r.trace().operationOf(r.findings().get(0).event()), "found when the unmap (operation 4) returned");
        }
        // without the flag the unmap flushes its page itself
        RunResult flushed = variant("seed003-stale-iotlb.p2m", "iommu-dont-flush on\n", "");
        assertEquals(List.of(), rules(flushed));
        // the late-2018 AMD-Vi driver ignores the flag and flushes anyway
        RunResult amdVi = variant("seed003-stale-iotlb.p2m", "iommu=vtd", "iommu=amdvi");
        assertEquals(List.of(), rules(amdVi));
    }
}
