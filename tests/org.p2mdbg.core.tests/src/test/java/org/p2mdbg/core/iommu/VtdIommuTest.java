package org.p2mdbg.core.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.iommu.IommuMachine.dfn;
import static org.p2mdbg.core.iommu.IommuMachine.mfn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.TraceCursor;

/**
 * VT-d maps and unmaps under the three flush strategies, counted event by event. The tables of a
 * 48-bit space have 4 levels; the first map of dfn 0x1000 allocates the root 0x40000 and the tables
 * 0x40001 (level 3), 0x40002 (level 2), 0x40003 (level 1).
 */
class VtdIommuTest {
    private static final IotlbFlushStrategy PER_PAGE = IotlbFlushStrategy.PER_PAGE;
    private static final IotlbFlushStrategy ACCUMULATE = IotlbFlushStrategy.ACCUMULATE;
    private static final IotlbFlushStrategy CALLER = IotlbFlushStrategy.CALLER;

    private static List<String> times(int n, String flush) { return new ArrayList<>(Collections.nCopies(n, flush)); }

    @Test void theFirstMapBuildsTheRootAndThreeTables() {
        IommuMachine m = IommuMachine.vtd(PER_PAGE);
        assertEquals(Optional.empty(), m.iommus.root(m.guest));
        assertEquals(0, m.map(0x1000, 0x5000, 0));

        assertEquals(0x0000000040001003L, m.machine.frames().peek(mfn(0x40000), 0));
        assertEquals(0x0000000040002003L, m.machine.frames().peek(mfn(0x40001), 0));
        assertEquals(0x0000000040003003L, m.machine.frames().peek(mfn(0x40002), 8));
        // the leaf: address, R, W and SNP (snoop control)
        assertEquals(0x0000000005000803L, m.machine.frames().peek(mfn(0x40003), 0));
        assertEquals(FrameKind.IOMMU_TABLE, m.machine.frames().kind(mfn(0x40003)));
        assertEquals(1, m.machine.frames().owner(mfn(0x40003)));
        assertEquals(Optional.of(new IommuRoot(IommuKind.VTD, mfn(0x40000), 4)), m.iommus.root(m.guest));

        // one read per level on the way down and one of the leaf; three links and the leaf written
        assertEquals(4, m.cost("pte_reads"));
        assertEquals(4, m.cost("pte_writes"));
        assertEquals(4, m.cost("table_allocs"));
        // a not-present entry became present: without caching mode the hardware needs no invalidation
        assertEquals(List.of(), m.flushes());

        IommuTranslation t = m.iommus.translate("nic0", dfn(0x1000));
        assertEquals(mfn(0x5000), t.mfn());
        assertTrue(t.readable() && t.writable());
        assertEquals(List.of(4, 3, 2, 1), t.steps().stream().map(s -> s.level()).toList());
        assertEquals(-1, m.translate(0x1001));
        assertEquals("iommu-map nic0 dfn=1000 order=0 > iommu_map > intel_iommu_map_page > level 1", m.pathOfLast(EventKind.PTE_WRITE));
    }

    @Test void inCachingModeAnAddedEntryIsInvalidatedWithDomainIdZero() {
        IommuMachine m = IommuMachine.vtd(PER_PAGE);
        m.iommus.setVtdCachingMode(true);
        m.map(0x1000, 0x5000, 0);
        assertEquals(List.of("-1:1000+1 added"), m.flushes());
        assertEquals(1, m.cost("iotlb_flushes_added"));
        assertEquals(0, m.cost("iotlb_flushes_modified"));
    }

    @Test void changingAPresentEntryFlushesThatPageAndAnUnchangedOneNothing() {
        IommuMachine m = IommuMachine.vtd(PER_PAGE);
        m.map(0x1000, 0x5000, 0);
        assertEquals(0, m.map(0x1000, 0x6000, 0));
        assertEquals(List.of("1:1000+1 modified"), m.flushes());
        assertEquals(4, m.cost("pte_reads"));
        assertEquals(1, m.cost("pte_writes"));
        assertEquals(0, m.map(0x1000, 0x6000, 0));
        assertEquals(List.of(), m.flushes());
        assertEquals(0, m.cost("pte_writes"));
    }

    @Test void mappingAnOrder9BlockFlushesPerPageOrOnceWholeDomain() {
        for (IotlbFlushStrategy s : IotlbFlushStrategy.values()) {
            IommuMachine m = IommuMachine.vtd(s);
            m.iommus.setVtdCachingMode(true);
            assertEquals(0, m.map(0x200000, 0x80000, 9));
            // every page walks 3 levels and reads its leaf; one level-1 table holds all 512
            assertEquals(2048, m.cost("pte_reads"), s.scenarioName());
            assertEquals(515, m.cost("pte_writes"), s.scenarioName());
            assertEquals(4, m.cost("table_allocs"), s.scenarioName());
            List<String> expected = s == PER_PAGE ? perPageAdded(0x200000, 512) : List.of("1:0+-1 added");
            assertEquals(expected, m.flushes(), s.scenarioName());
            assertEquals(0x80000 + 0x1ff, m.translate(0x2001ff));
        }
    }

    private static List<String> perPageAdded(long first, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("-1:" + Long.toHexString(first + i) + "+1 added");
        }
        return out;
    }

    @Test void withoutCachingModeThePatchFlushesWhatTheOldCodeDidNot() {
        // the wrappers flush 512 pages at once, and a flush of more than one page is domain-selective,
        // which is issued even for added entries; page by page they were skipped
        assertEquals(List.of(), mapOrder9(PER_PAGE).flushes());
        assertEquals(List.of("1:0+-1 added"), mapOrder9(ACCUMULATE).flushes());
        assertEquals(List.of("1:0+-1 added"), mapOrder9(CALLER).flushes());
    }

    private static IommuMachine mapOrder9(IotlbFlushStrategy s) {
        IommuMachine m = IommuMachine.vtd(s);
        m.map(0x200000, 0x80000, 9);
        return m;
    }

    @Test void unmappingAnOrder9BlockFlushesEachPageOrOnce() {
        IommuMachine perPage = mapOrder9(PER_PAGE);
        assertEquals(0, perPage.unmap(0x200000, 9));
        assertEquals(512, perPage.cost("iotlb_flushes_modified"));
        assertEquals("1:200000+1 modified", perPage.flushes().get(0));
        assertEquals("1:2001ff+1 modified", perPage.flushes().get(511));
        assertEquals(2048, perPage.cost("pte_reads"));
        assertEquals(512, perPage.cost("pte_writes"));
        for (IotlbFlushStrategy s : List.of(ACCUMULATE, CALLER)) {
            IommuMachine m = mapOrder9(s);
            m.unmap(0x200000, 9);
            assertEquals(List.of("1:0+-1 modified"), m.flushes(), s.scenarioName());
            assertEquals(-1, m.translate(0x200000));
        }
        assertEquals("iommu-unmap nic0 dfn=200000 order=9 > iommu_legacy_unmap > iommu_iotlb_flush > iommu_flush_iotlb_pages"
                + " > iommu_flush_iotlb > iommu_flush_iotlb_dsi", lastFlushPathAfterUnmap(CALLER));
        assertEquals("iommu-unmap nic0 dfn=200000 order=9 > iommu_unmap > iommu_iotlb_flush > iommu_flush_iotlb_pages"
                + " > iommu_flush_iotlb > iommu_flush_iotlb_dsi", lastFlushPathAfterUnmap(ACCUMULATE));
    }

    private static String lastFlushPathAfterUnmap(IotlbFlushStrategy s) {
        IommuMachine m = mapOrder9(s);
        m.unmap(0x200000, 9);
        return m.pathOfLast(EventKind.IOTLB_FLUSH);
    }

    @Test void thePerCpuFlagDefersFlushesToTheCaller() {
        IommuMachine m = IommuMachine.vtd(PER_PAGE);
        m.map(0x1000, 0x5000, 0);
        m.op("iommu-dont-flush on");
        m.iommus.setDontFlush(true);
        m.unmap(0x1000, 0);
        assertEquals(List.of(), m.flushes());
        m.op("iommu-dont-flush off");
        m.iommus.setDontFlush(false);
        m.op("iommu-flush nic0 dfn=0x1000 nr=1");
        assertEquals(0, m.iommus.flush("nic0", dfn(0x1000), 1));
        assertEquals(List.of("1:1000+1 modified"), m.flushes());
        m.op("iommu-flush nic0 dfn=0x1000 nr=2");
        m.iommus.flush("nic0", dfn(0x1000), 2);
        assertEquals(List.of("1:0+-1 modified"), m.flushes());
    }

    @Test void unmappingWhatWasNeverMappedReadsNothing() {
        IommuMachine m = IommuMachine.vtd(PER_PAGE);
        assertEquals(0, m.unmap(0x1000, 0));
        assertEquals(0, m.cost("pte_reads"));
        m.map(0x1000, 0x5000, 0);
        assertEquals(0, m.unmap(0x1001, 0));
        assertEquals(4, m.cost("pte_reads"));
        assertEquals(0, m.cost("pte_writes"));
        assertEquals(List.of(), m.flushes());
    }

    @Test void teardownClearsEveryPresentEntryAndFreesTheTablesInQueueOrder() {
        IommuMachine m = IommuMachine.vtd(PER_PAGE);
        m.map(0x1000, 0x5000, 0);
        m.op("destroy guest");
        m.iommus.teardown(m.guest);
        assertEquals(4, m.cost("table_frees"));
        assertEquals(4, m.cost("pte_writes"));
        assertEquals(4 * 512, m.cost("pte_reads"));
        List<Long> freed = new ArrayList<>();
        int op = m.trace.operationCount() - 1;
        for (long e = m.trace.operationStart(op); e < m.trace.operationEnd(op); e++) {
            if (m.trace.kind(e) == EventKind.FRAME_FREE) {
                freed.add(m.trace.a(e));
            }
        }
        assertEquals(List.of(0x40000L, 0x40001L, 0x40002L, 0x40003L), freed);
        assertEquals(Optional.empty(), m.iommus.root(m.guest));
    }

    @Test void steppingBackUndoesTablesAndTheRootRegister() {
        IommuMachine m = IommuMachine.vtd(PER_PAGE);
        long before = m.trace.size();
        long hashBefore = m.machine.stateHash();
        m.map(0x1000, 0x5000, 0);
        m.map(0x2000, 0x6000, 0);
        long hashAfter = m.machine.stateHash();
        TraceCursor cursor = new TraceCursor(m.trace, m.machine.frames());
        cursor.seek(before);
        assertEquals(hashBefore, m.machine.stateHash());
        assertEquals(Optional.empty(), m.iommus.root(m.guest));
        cursor.toEnd();
        assertEquals(hashAfter, m.machine.stateHash());
        assertEquals(0x6000, m.translate(0x2000));
    }
}
