package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.scenario.Costs.assertCosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;

/**
 * The example scenarios of examples/, run to the end, with their counts explained from the Xen
 * functions they follow (Xen 4.8.5 p2m.c for the p2m, seed 004 and Xen 4.17 mm.c for Xen's own
 * tables). Reads: p2m_next_level reads an entry once, twice when it had to create the table
 * (the valid check, then again after p2m_create_table wrote it); the target entry is read once
 * (orig_pte), and once more after the write when the old entry was valid
 * ({@code entry->p2m.base != orig_pte.p2m.base}). p2m_get_entry reads the entry it stops at twice
 * when that is a superpage (p2m_next_level, then {@code table[offsets[level]]}).
 */
class ExampleScenariosTest {
    // ---- thin-slice.p2m ----

    @Test void thinSliceMapsOnePageAndOneBlock() {
        RunResult r = Examples.run("thin-slice.p2m");
        assertEquals(3, r.operations());
        // create domain: OPERATION_START, DOMAIN_STATE, 2 root frames, 2 cache cleans, 1 TLB flush = 7;
        // populate 1 page: start, 1 page alloc + its ref, lock, 5 reads, 2 table allocs, 3 writes, unlock = 15;
        // populate 2 MiB: start, 512 page allocs + 512 refs, lock, 2 reads, 1 write, unlock = 1030
        assertEquals(7 + 15 + 1030, r.events());
        // p2m_alloc_table: a 40-bit IPA root is 2 concatenated pages, each cleaned, then the VMID's TLB flush
        assertCosts(r.operationCosts(0), "table_allocs", 2, "cache_cleans", 2, "tlb_flushes", 1);
        // gfn 0x80000: level 1 entry 2 and level 2 entry 0 are missing (2 reads and a new table each), level 3 read once
        assertCosts(r.operationCosts(1), "pte_reads", 5, "pte_writes", 3, "table_allocs", 2);
        // gfn 0x80200: the level-1 table entry exists (1 read), the level-2 entry is the target (1 read, 1 block written)
        assertCosts(r.operationCosts(2), "pte_reads", 2, "pte_writes", 1);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(), r.findings());
        // 1 + 512 frames mapped; max_mapped_gfn is one past the block (gfn + (1 << order)); root 2 pages + level 2 + level 3
        assertEquals(new DomainSummary("guest", 1, DomainState.RUNNING, 513, new Gfn(0x80000), new Gfn(0x80400), 4, 0),
                r.domains().get(0));
        WalkResult block = Walker.walk(r.machine().frames()::peek, r.machine().domain("guest").orElseThrow().p2m().walkRequest(), 0x80201);
        assertEquals(9, block.order());
        // the block is 2 MiB aligned in machine memory too: the allocator skipped to MFN 0x40200
        assertEquals(new Mfn(0x40201), block.output());
    }

    // ---- seed000-relinquish-{lookup,legacy,remove}.p2m: the same domain destroyed three ways ----

    /**
     * The common part: dom0 (ops 0, 2) lends 1536 pages; the guest (ops 1, 3, 4, 5) has a 2 MiB
     * device superpage at 0x80000, 3 RAM pages at 0x80400 and 1536 foreign pages at 0x40000.
     * Preemption checks before destroy: populate dom0 (3 extents of order 9: 2 checks), populate
     * guest (3 extents of order 0: 2), the foreign batch (after every page but the last: 1535) =
     * 1539; with every:2, check k says yes when k is even.
     */
    private static RunResult seed000(String strategy) {
        RunResult r = Examples.run("seed000-relinquish-" + strategy + ".p2m");
        // three 2 MiB blocks: the first creates the level-2 table (2 + 1 reads), the others read 2 entries
        assertCosts(r.operationCosts(2), "pte_reads", 7, "pte_writes", 4, "table_allocs", 1, "preempt_checks", 2);
        // level 1 entry 2 missing (2 reads, a level-2 table), level-2 entry read, the block written
        assertCosts(r.operationCosts(3), "pte_reads", 3, "pte_writes", 2, "table_allocs", 1);
        // a level-3 table for 0x80400: 4 reads for the first page, 3 for each of the two others
        assertCosts(r.operationCosts(4), "pte_reads", 10, "pte_writes", 4, "table_allocs", 1, "preempt_checks", 2);
        // each page: p2m_lookup of dom0's block (3 reads) + insertion (3 reads); 4 tables created (+4 reads, +4 writes)
        assertCosts(r.operationCosts(5), "pte_reads", 1536 * 6 + 4, "pte_writes", 1536 + 4, "table_allocs", 4, "preempt_checks", 1535);
        // relinquish_memory of the guest's 3 pages: check 1540 (page 1) says yes; the restart walks the
        // list again: check 1541 (page 2) no, 1542 (page 3) yes; each page loses 2 references
        // (PGC_allocated's and the one relinquish_memory took) and is freed
        assertCosts(r.operationCosts(6), "preempt_checks", 1, "preemptions", 1, "page_refs_put", 2);
        assertCosts(r.operationCosts(7), "preempt_checks", 2, "preemptions", 1, "page_refs_put", 4);
        assertEquals(r.trace().operationStart(6), r.checkpoints().get("before-destroy"));
        return r;
    }

    /** Where each PREEMPTION event of the run said the work would resume. */
    private static List<Long> preemptedAt(RunResult r) {
        List<Long> at = new ArrayList<>();
        Trace t = r.trace();
        for (long e = 0; e < t.size(); e++) {
            if (t.kind(e) == EventKind.PREEMPTION) {
                at.add(t.a(e));
            }
        }
        return at;
    }

    @Test void lookupDropsTheReferencesAndWritesNothing() {
        RunResult r = seed000("lookup");
        assertEquals(12, r.operations());
        // call 3: relinquish_memory is done; the lookups count from 1: lookup 512 takes check 1543 (no),
        // lookup 1024 (gfn 0x403ff) check 1544 (yes) before its put: 1023 puts, 3 reads per 4 KiB lookup
        assertCosts(r.operationCosts(8), "pte_reads", 1024 * 3, "preempt_checks", 2, "preemptions", 1, "page_refs_put", 1023);
        // call 4 restarts at 0x403ff: 513 foreign pages (3 reads each, lookup 512 = check 1545, no),
        // 509 level-2 holes 0x40600..0x7fe00 (2 reads), the superpage (3 reads), the hole at 0x80200 =
        // lookup 1024, check 1546: yes
        assertCosts(r.operationCosts(9), "pte_reads", 513 * 3 + 509 * 2 + 3 + 2, "preempt_checks", 2, "preemptions", 1,
                "page_refs_put", 513);
        // call 5: the hole at 0x80200 again and the 3 RAM pages, whose references are not foreign
        assertCosts(r.operationCosts(10), "pte_reads", 2 + 3 * 3);
        // p2m_teardown frees root (2), the level-2 tables of gfn 0x40000 and 0x80000, the level-3 tables (3 + 1)
        assertCosts(r.operationCosts(11), "table_frees", 8);
        assertEquals(List.of(0x40a01L, 0x40a04L, 0x403ffL, 0x80200L), preemptedAt(r));
        assertEquals(new DomainSummary("guest", 1, DomainState.DESTROYED, 0, new Gfn(0x80403), new Gfn(0x80403), 0, 0),
                r.domains().get(1));
        assertEquals(new DomainSummary("dom0", 0, DomainState.RUNNING, 1536, new Gfn(0x10000), new Gfn(0x10600), 3, 0),
                r.domains().get(0));
        assertEquals(List.of(), r.findings());
    }

    @Test void legacyZeroesEveryEntryAndWeighsItsWork() {
        RunResult r = seed000("legacy");
        assertEquals(13, r.operations());
        // call 3: 512 removals weigh 0x2000, so check 1543 (no) precedes the 513th removal and check
        // 1544 (yes) stops before gfn 0x40201; 3 reads a pass; the flush at out: happens anyway
        assertCosts(r.operationCosts(8), "pte_reads", 513 * 3, "pte_writes", 513, "tlb_flushes", 1, "preempt_checks", 2,
                "preemptions", 1, "page_refs_put", 513);
        // call 4: the count starts again from 0: the same, stopping before 0x40402
        assertCosts(r.operationCosts(9), "pte_reads", 513 * 3, "pte_writes", 513, "tlb_flushes", 1, "preempt_checks", 2,
                "preemptions", 1, "page_refs_put", 513);
        // call 5: 510 removals (0x1fe0) + 32 level-2 holes reach 0x2000; check 1547 no, one more hole, check 1548 yes at 0x44800
        assertCosts(r.operationCosts(10), "pte_reads", 510 * 3 + 33 * 2, "pte_writes", 510, "tlb_flushes", 1, "preempt_checks", 2,
                "preemptions", 1, "page_refs_put", 510);
        // call 6: 476 holes, the superpage, the hole at 0x80200, 3 pages: weight 541, no check
        assertCosts(r.operationCosts(11), "pte_reads", 476 * 2 + 2 + 2 + 3 * 3, "pte_writes", 4, "tlb_flushes", 1);
        assertCosts(r.operationCosts(12), "table_frees", 8);
        assertEquals(List.of(0x40a01L, 0x40a04L, 0x40201L, 0x40402L, 0x44800L), preemptedAt(r));
        // Xen 4.7 only updates lowest_mapped_gfn when preempted: the last call leaves it at 0x44800
        assertEquals(new DomainSummary("guest", 1, DomainState.DESTROYED, 0, new Gfn(0x44800), new Gfn(0x80403), 0, 0),
                r.domains().get(1));
        assertEquals(List.of(), r.findings());
    }

    @Test void removeTakesEveryMappingOutWithP2mSetEntry() {
        RunResult r = seed000("remove");
        assertEquals(12, r.operations());
        // the same preemption points as lookup; each removal adds 3 walk reads and the re-read after
        // the write (the old entry was valid); the deferred flush comes with the unlock
        assertCosts(r.operationCosts(8), "pte_reads", 1023 * 7 + 3, "pte_writes", 1023, "tlb_flushes", 1, "preempt_checks", 2,
                "preemptions", 1, "page_refs_put", 1023);
        // 513 foreign pages (7 reads), 509 holes (2), the superpage (3 to find, 3 to remove), the hole at 0x80200 (2)
        assertCosts(r.operationCosts(9), "pte_reads", 513 * 7 + 509 * 2 + 6 + 2, "pte_writes", 514, "tlb_flushes", 1,
                "preempt_checks", 2, "preemptions", 1, "page_refs_put", 513);
        assertCosts(r.operationCosts(10), "pte_reads", 2 + 3 * 7, "pte_writes", 3, "tlb_flushes", 1);
        assertCosts(r.operationCosts(11), "table_frees", 8);
        assertEquals(List.of(0x40a01L, 0x40a04L, 0x403ffL, 0x80200L), preemptedAt(r));
        assertEquals(List.of(), r.findings());
    }

    @Test void theThreeStrategiesDropTheSameReferencesAtDifferentCosts() {
        Map<String, Long> lookup = seed000("lookup").costs();
        Map<String, Long> legacy = seed000("legacy").costs();
        Map<String, Long> remove = seed000("remove").costs();
        // 1536 foreign references + 2 for each of the 3 guest pages, whatever the strategy
        for (Map<String, Long> c : List.of(lookup, legacy, remove)) {
            assertEquals(1536 + 6, c.get("page_refs_put"));
        }
        // before destroy 1540 writes were made; lookup writes nothing more, the others 1540 removals
        assertEquals(4 + 2 + 4 + 1540, lookup.get("pte_writes"));
        assertEquals(4 + 2 + 4 + 1540 + 1540, legacy.get("pte_writes"));
        assertEquals(legacy.get("pte_writes"), remove.get("pte_writes"));
        // 2 domain creations, then: none (lookup), one per call of apply_p2m_changes (4), one per unlock after removals (3)
        assertEquals(2, lookup.get("tlb_flushes"));
        assertEquals(6, legacy.get("tlb_flushes"));
        assertEquals(5, remove.get("tlb_flushes"));
    }

    // ---- seed000-access-after-relinquish.p2m ----

    @Test void anOperationAfterALookupRelinquishTouchesRelinquishedEntries() {
        RunResult r = Examples.run("seed000-access-after-relinquish.p2m");
        assertEquals(8, r.operations());
        // 4 lookups of 3 reads; the 4 foreign references dropped; nothing written
        assertCosts(r.operationCosts(4), "pte_reads", 12, "page_refs_put", 4);
        // the unmap finds the entry still valid: removed (1 write), re-read, deferred flush, and
        // p2m_free_entry puts dom0's page a second time
        assertCosts(r.operationCosts(5), "pte_reads", 4, "pte_writes", 1, "tlb_flushes", 1, "page_refs_put", 1);
        // the map replaces a relinquished entry: break-before-make (remove, flush, write) and a second put
        assertCosts(r.operationCosts(6), "pte_reads", 4, "pte_writes", 2, "tlb_flushes", 1, "page_refs_put", 1);
        assertCosts(r.operationCosts(7), "table_frees", 4);
        // the guest gave back two references more than it took
        assertEquals(-2, r.domains().get(1).refsHeld());
        List<Finding> relinquished = r.findings().stream().filter(f -> f.rule() == Rule.RELINQUISHED_ENTRY_ACCESS).toList();
        assertEquals(List.of(5, 6), relinquished.stream().map(f -> r.trace().operationOf(f.event())).toList());
        assertEquals(List.of(new Gfn(0x40001), new Gfn(0x40002)), relinquished.stream().map(Finding::gfn).toList());
        // the second put frees dom0's pages (gfn 0x10001, 0x10002) while dom0's p2m still maps them
        List<Finding> freed = r.findings().stream().filter(f -> f.rule() == Rule.USE_AFTER_FREE && "dom0".equals(f.domain())).toList();
        assertEquals(2, freed.size());
        assertEquals(List.of(5, 6), freed.stream().map(f -> r.trace().operationOf(f.event())).toList());
        assertEquals(r.trace().operationStart(5), r.checkpoints().get("relinquished"));
    }

    // ---- seed004 ----

    @Test void everyXenPtRejectionIsRecordedAndTheRunGoesOn() {
        RunResult r = Examples.run("seed004-xen-pt-rejections.p2m");
        assertEquals(14, r.operations());
        List<String> errors = r.errors().stream().map(e -> e.operation() + " " + e.function() + " " + e.code() + " " + e.check()).toList();
        assertEquals(List.of(
                "0 xen_pt_update -EINVAL w^x",
                "2 xen_pt_check_entry -EINVAL insert-replaces-valid",
                "3 xen_pt_check_entry -EINVAL insert-replaces-table",
                "4 xen_pt_check_entry -EINVAL modify-table",
                "5 xen_pt_check_entry -EINVAL remove-table",
                "6 xen_pt_check_entry -EINVAL modify-invalid-entry",
                "7 xen_pt_update_entry -ENOENT missing-table",
                "8 xen_pt_check_entry -EINVAL modify-attribute-change",
                "10 xen_pt_check_entry -EINVAL modify-contiguous",
                "11 xen_pt_check_entry -EINVAL remove-contiguous",
                "13 xen_pt_update_entry -EOPNOTSUPP shatter-superpage"), errors);
        // Xen's root is allocated by the first xen-pt operation; W^X refuses before any walk
        assertCosts(r.operationCosts(0), "table_allocs", 1);
        // 16 pages at 0x200000: levels 0, 1, 2 created (2 reads each) + the level-3 read; then 4 reads a page;
        // merged skips the TLB flush after an insert
        assertCosts(r.operationCosts(1), "pte_reads", 7 + 15 * 4, "pte_writes", 3 + 16, "table_allocs", 3);
        assertCosts(r.operationCosts(2), "pte_reads", 4);
        // a 2 MiB target: levels 0, 1 and the level-2 entry, which is a table
        assertCosts(r.operationCosts(3), "pte_reads", 3);
        // refusals of a modify or remove are followed by the range's flush all the same
        assertCosts(r.operationCosts(4), "pte_reads", 3, "tlb_flushes", 1);
        assertCosts(r.operationCosts(5), "pte_reads", 3, "tlb_flushes", 1);
        assertCosts(r.operationCosts(6), "pte_reads", 4, "tlb_flushes", 1);
        // 0x40000000: level-0 entry 0 is there, level-1 entry 1 is not, and a modify creates nothing
        assertCosts(r.operationCosts(7), "pte_reads", 2, "tlb_flushes", 1);
        assertCosts(r.operationCosts(8), "pte_reads", 4, "tlb_flushes", 1);
        // 16 pages with the contiguous hint under a new level-3 table (level-2 entry read twice)
        assertCosts(r.operationCosts(9), "pte_reads", 5 + 15 * 4, "pte_writes", 1 + 16, "table_allocs", 1);
        assertCosts(r.operationCosts(12), "pte_reads", 3, "pte_writes", 1);
        // a 4 KiB removal inside the block meets the superpage at level 2
        assertCosts(r.operationCosts(13), "pte_reads", 3, "tlb_flushes", 1);
        assertEquals(List.of(), r.findings());
    }

    @Test void theRfcMaps513FramesAsPagesWhereMergedUsesABlock() {
        RunResult rfc = Examples.run("seed004-block-order-rfc.p2m");
        RunResult merged = Examples.run("seed004-block-order-merged.p2m");
        // rfc: mask = mfn | vfn | 513 is odd: 513 level-3 pages under 2 level-3 tables; tables for levels 1, 2
        // and the root; first page 7 reads, 511 more at 4, the 513th under a new level-3 table 5; one flush at the end
        assertCosts(rfc.operationCosts(0), "pte_reads", 7 + 511 * 4 + 5, "pte_writes", 513 + 4, "table_allocs", 5, "tlb_flushes", 1);
        // merged: a 2 MiB block (root, level-1 and level-2 tables created: 5 reads) then one page under a new
        // level-3 table (5 reads); no flush after an insert
        assertCosts(merged.operationCosts(0), "pte_reads", 10, "pte_writes", 2 + 3, "table_allocs", 4);
        // 1024 frames: both choose two 2 MiB blocks under a new level-2 table
        assertCosts(rfc.operationCosts(1), "pte_reads", 7, "pte_writes", 3, "table_allocs", 1, "tlb_flushes", 1);
        assertCosts(merged.operationCosts(1), "pte_reads", 7, "pte_writes", 3, "table_allocs", 1);
        WalkResult pageWalk = Walker.walk(rfc.machine().frames()::peek, rfc.xenPageTables().walkRequest(), 0x40000);
        WalkResult blockWalk = Walker.walk(merged.machine().frames()::peek, merged.xenPageTables().walkRequest(), 0x40000);
        assertEquals(0, pageWalk.order());
        assertEquals(9, blockWalk.order());
        assertEquals(new Mfn(0x80000), pageWalk.output());
        assertEquals(new Mfn(0x80000), blockWalk.output());
        assertTrue(rfc.errors().isEmpty() && merged.errors().isEmpty());
    }
}
