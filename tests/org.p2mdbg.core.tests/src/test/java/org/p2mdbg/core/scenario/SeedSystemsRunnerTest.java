package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.scenario.Costs.assertCosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.iommu.IommuRoot;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.x86pv.PvAddressSpace;
import org.p2mdbg.core.xen.arm32.Vlpt;

/**
 * The statements of the IOMMU, arm32 VLPT and x86 PV systems run through the scenario runner: one
 * operation each, named by its text and acting on its domain; the systems created by the first
 * statement that needs them; hypervisor errors collected, scenario mistakes refused at their line.
 */
class SeedSystemsRunnerTest {
    private static RunResult run(String source) { return run(source, Map.of()); }

    private static RunResult run(String source, Map<String, String> overrides) {
        return ScenarioRunner.start(ScenarioParser.parse("t.p2m", source), overrides).runToEnd();
    }

    private static ScenarioException fails(String source) {
        return assertThrows(ScenarioException.class, () -> run(source));
    }

    private static Domain domain(RunResult r, String name) { return r.machine().domain(name).orElseThrow(); }

    private static IommuContexts iommus(RunResult r) { return r.systems().iommus().orElseThrow(); }

    /** The IOTLB flushes of an operation as "tag:first+count kind". */
    private static List<String> iotlbFlushes(RunResult r, int op) {
        Trace t = r.trace();
        List<String> out = new ArrayList<>();
        for (long e = t.operationStart(op); e < t.operationEnd(op); e++) {
            if (t.kind(e) == EventKind.IOTLB_FLUSH) {
                out.add(t.a(e) + ":" + Long.toHexString(t.b(e)) + "+" + t.c(e) + " " + t.detail(e));
            }
        }
        return out;
    }

    // ---- IOMMU ----

    private static final String VTD_GUEST = """
            machine x86_64-pv
            domain guest id=1
            device nic0 iommu=vtd domain=guest
            """;

    @Test void iommuStatementsAreOperationsOnTheDevicesDomain() {
        RunResult r = run(VTD_GUEST + "iommu-map nic0 dfn=0x80000 mfn=0x80000 order=0 perm=r\niommu-unmap nic0 dfn=0x80000 order=0\n");
        assertEquals(4, r.operations());
        assertEquals("device nic0 iommu=vtd domain=guest", r.trace().operationName(1));
        assertEquals("iommu-map nic0 dfn=0x80000 mfn=0x80000 order=0 perm=r", r.trace().operationName(2));
        // the VT-d root 0x40000 and three tables; one read per level and of the leaf
        assertCosts(r.operationCosts(2), "pte_reads", 4, "pte_writes", 4, "table_allocs", 4);
        // a present entry cleared: the page is flushed with the domain's id (per-page is the default)
        assertEquals(List.of("1:80000+1 modified"), iotlbFlushes(r, 3));
        assertEquals(Optional.of(new IommuRoot(IommuKind.VTD, new Mfn(0x40000), 4)), iommus(r).root(domain(r, "guest")));
        assertFalse(iommus(r).translate("nic0", new Dfn(0x80000)).isMapped());
        // the operations act on the guest: the rule checks name it
        assertEquals(List.of(), r.findings());
    }

    @Test void theCachingModeOptionIsReadAsEachStatementRuns() {
        RunResult r = run(VTD_GUEST + """
                option iommu-caching-mode=on
                iommu-map nic0 dfn=0x1000 mfn=0x5000 order=0 perm=rw
                option iommu-caching-mode=off
                iommu-map nic0 dfn=0x1001 mfn=0x5001 order=0 perm=rw
                """);
        // in caching mode the added entry is invalidated with domain id 0 (tag -1); without it nothing is
        assertEquals(List.of("-1:1000+1 added"), iotlbFlushes(r, 2));
        assertEquals(List.of(), iotlbFlushes(r, 3));
        assertEquals(false, iommus(r).vtdCachingMode());
    }

    @Test void theDontFlushFlagDefersAnUnmapsFlushToAnExplicitOne() {
        RunResult r = run(VTD_GUEST + """
                iommu-map nic0 dfn=0x1000 mfn=0x5000 order=0 perm=rw
                iommu-dont-flush on
                iommu-unmap nic0 dfn=0x1000 order=0
                iommu-dont-flush off
                iommu-flush nic0 dfn=0x1000 nr=1
                """);
        assertEquals("iommu-dont-flush on", r.trace().operationName(3));
        assertEquals(List.of(), iotlbFlushes(r, 4));
        assertEquals(List.of("1:1000+1 modified"), iotlbFlushes(r, 6));
        assertEquals(false, iommus(r).dontFlush());
    }

    @Test void theHardwareDomainIsPopulatedOneToOne() {
        RunResult r = run("""
                machine x86_64-pv
                option iommu-flush=accumulate
                domain dom0 id=0
                device gpu0 iommu=vtd domain=dom0
                iommu-hwdom dom0 pfn=0x100 nr=16
                """);
        // accumulate sets the per-CPU flag around the loop: only VT-d's global flush before translation is enabled
        assertEquals(List.of("0:0+-1 global"), iotlbFlushes(r, 2));
        for (long pfn = 0x100; pfn < 0x110; pfn++) {
            assertEquals(new Mfn(pfn), iommus(r).translate("gpu0", new Dfn(pfn)).mfn());
        }
    }

    @Test void theHardwareDomainsOneToOneMapNeedsAPvMachineUnlessTheSmmuSharesTheP2m() {
        assertEquals("t.p2m:4:1: expected an x86_64-pv machine for iommu-hwdom behind vtd (a PVH hardware domain is mapped through its "
                + "p2m, which is not modelled), found arm64",
                fails("machine arm64\ndomain dom0 id=0\ndevice gpu0 iommu=vtd domain=dom0\niommu-hwdom dom0 pfn=0x100 nr=1\n").getMessage());
        // the SMMU maps nothing: the hardware domain's p2m is what it walks
        RunResult smmu = run("machine arm64\ndomain dom0 id=0\ndevice gpu0 iommu=smmu domain=dom0\niommu-hwdom dom0 pfn=0x100 nr=1\n");
        assertEquals(List.of(), smmu.errors());
        assertCosts(smmu.operationCosts(2));
    }

    @Test void aDeviceTheDomainOrMachineCannotTakeIsAScenarioError() {
        assertEquals("t.p2m:4:1: expected a device this domain and machine can take, found that domain guest already has devices behind "
                + "vtd, not amdvi", fails(VTD_GUEST + "device nic1 iommu=amdvi domain=guest\n").getMessage());
        assertEquals("t.p2m:3:1: expected a device this domain and machine can take, found that an SMMU shares an Arm p2m; x86_64-pv "
                + "domains have none", fails("machine x86_64-pv\ndomain guest id=1\ndevice nic0 iommu=smmu domain=guest\n").getMessage());
    }

    @Test void destroyRunsIommuDomainDestroyBeforeP2mTeardown() {
        RunResult r = run("""
                machine arm64 ipa=40
                domain guest id=1
                device nic0 iommu=vtd domain=guest
                populate guest gfn=0x80000 nr=1
                iommu-map nic0 dfn=0x80000 mfn=0x40002 order=0 perm=rw
                iommu-unmap nic0 dfn=0x80000 order=0
                destroy guest
                """);
        int teardown = r.operations() - 1;
        assertEquals("destroy guest (teardown)", r.trace().operationName(teardown));
        List<Long> freed = new ArrayList<>();
        for (long e = r.trace().operationStart(teardown); e < r.trace().operationEnd(teardown); e++) {
            if (r.trace().kind(e) == EventKind.FRAME_FREE) {
                freed.add(r.trace().a(e));
            }
        }
        // populate: page 0x40002, p2m tables 0x40003 (level 2) and 0x40004 (level 3); VT-d: root 0x40005, tables 0x40006-0x40008.
        // arch_domain_destroy: iommu_domain_destroy frees the VT-d tables in queue order, then p2m_teardown
        // frees the p2m's tables from the head of p2m->pages (page_list_add puts the newest first), then
        // its two root pages
        assertEquals(List.of(0x40005L, 0x40006L, 0x40007L, 0x40008L, 0x40004L, 0x40003L, 0x40000L, 0x40001L), freed);
        assertEquals(Optional.empty(), iommus(r).root(domain(r, "guest")));
        // nic0 is still assigned (Xen would have released it, with a flush, before relinquishing the
        // memory; the model has no device release), so the root entry the teardown clears could still be
        // cached in its IOTLB when the table it linked is freed
        assertEquals(List.of(Rule.STALE_IOTLB), r.findings().stream().map(f -> f.rule()).toList());
        assertEquals(new Mfn(0x40006), r.findings().get(0).mfn());
    }

    // ---- arm32 VLPT ----

    private static final String ARM32_GUEST = """
            machine arm32 ipa=40
            domain guest id=1
            populate guest gfn=0x80000 nr=16
            """;

    @Test void theFirstVlptStatementSetsUpXensTablesAndEachDomainGetsItsWindow() {
        RunResult r = run(ARM32_GUEST + "vlpt prepare guest\nvlpt switch guest\nvlpt lookup guest ipa=0x80003000\nvlpt fault guest ipa=0x80003000\n");
        Vlpt vlpt = r.systems().vlpt(domain(r, "guest")).orElseThrow();
        // 16 pages: gma_end 0x80010000, first-level index 2 only: slot 66
        assertEquals(66, vlpt.secondLvlStart());
        assertEquals(67, vlpt.secondLvlEnd());
        // setup_pagetables in the prepare operation: the root and xen_second (2 pages), then prepare_vlpt's copy pair
        assertCosts(r.operationCosts(2), "pte_reads", 1, "pte_writes", 4, "table_allocs", 5, "tlb_flushes", 1);
        // restore_vlpt finds the slot unchanged: one read of xen_second and one of the copy
        assertCosts(r.operationCosts(3), "pte_reads", 2);
        // Xen's walk: root, slot 66 (the guest's level-1 entry), the guest's level-2 entry as a page; then the load
        assertCosts(r.operationCosts(4), "pte_reads", 4);
        // a write fault on a writable page reads the same, and is no dirty-page fault: nothing written
        assertCosts(r.operationCosts(5), "pte_reads", 4);
        assertTrue(r.systems().arm32XenTables().isPresent());
        // the copy pair is held by the guest (d->arch.dirty.second_lvl), which still lives: nothing to find
        assertEquals(List.of(), r.findings().stream().map(f -> f.rule()).toList());
    }

    @Test void prepareWithMorePagesThanTheWindowHoldsIsEnomem() {
        RunResult r = run(ARM32_GUEST + "vlpt prepare guest max-pages=0x1000001\n");
        assertEquals(1, r.errors().size());
        OperationError e = r.errors().get(0);
        assertEquals("-ENOMEM", e.code());
        assertEquals("prepare_vlpt", e.function());
        assertEquals("Available VLPT is small for domU guest (avail: 0x8000000, required: 0x8000008)", e.message());
    }

    // ---- x86 PV ----

    private static final String PV_GUEST = """
            machine x86_64-pv
            domain guest id=1 vcpus=2
            pv-map guest va=0x400000 nr=16
            pv-pin guest
            pv-cr3 guest cpu=1
            """;

    @Test void pvStatementsBootTheMmOnFirstUse() {
        RunResult r = run(PV_GUEST);
        PvAddressSpace mm = r.systems().pvAddressSpace(domain(r, "guest")).orElseThrow();
        assertEquals(new Mfn(0x40000), mm.swapperPgDir());
        assertEquals(new Mfn(0x40001), mm.pgd());
        assertEquals(new Mfn(0x40006), mm.translate(new Va(0x400000)));
        // CPU 1 keeps the pgd in CR3 after it went idle
        assertEquals(new Mfn(0x40001), mm.cr3(1));
        assertEquals(0b10, mm.cpumask());
        // xen_start_kernel and pgd_alloc allocate swapper_pg_dir and the two pgds inside the first pv statement
        assertEquals("pv-map guest va=0x400000 nr=16", r.trace().operationName(1));
        assertCosts(r.operationCosts(1), "pte_reads", 611, "pte_writes", 20, "table_allocs", 6, "hypercalls", 16, "direct_writes", 4);
    }

    @Test void aPvExitWithoutStrategyRunsTheOptionsOneAndAnExplicitOneWins() {
        // never-unpin: every PTE clear traps, as the option says
        RunResult byOption = run(PV_GUEST + "pv-exit guest\n", Map.of("pv-exit", "never-unpin"));
        assertEquals(16, byOption.operationCosts(4).get("trapped_writes"));
        // strategy= beats the option: drop-refs unpins after the IPI, and the teardown stores are plain
        RunResult explicit = run(PV_GUEST + "pv-exit guest strategy=drop-refs\n", Map.of("pv-exit", "never-unpin"));
        assertEquals(0, explicit.operationCosts(4).get("trapped_writes"));
        assertEquals(1, explicit.operationCosts(4).get("ipis"));
    }

    @Test void mappingARangeTwiceIsAScenarioError() {
        assertEquals("t.p2m:6:1: expected a range the process has not mapped yet, found va 0x40f000 nr 1 overlaps the VMA at 0x400000",
                fails(PV_GUEST + "pv-map guest va=0x40f000 nr=1\n").getMessage());
    }
}
