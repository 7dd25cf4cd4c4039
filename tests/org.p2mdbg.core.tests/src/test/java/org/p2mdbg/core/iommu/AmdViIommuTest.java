package org.p2mdbg.core.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.iommu.IommuMachine.dfn;
import static org.p2mdbg.core.iommu.IommuMachine.mfn;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Arch;

/**
 * AMD-Vi maps and unmaps counted event by event. An HVM guest starts with a 2-level table (root
 * 0x40000); a PV guest on this 4096-frame host gets get_paging_mode(0x41000) = 3 levels.
 */
class AmdViIommuTest {
    private static IommuMachine hvm(IotlbFlushStrategy s) { return new IommuMachine(Arch.X86_64_HVM, IommuKind.AMDVI, s); }

    @Test void anHvmGuestStartsWithTwoLevels() {
        IommuMachine m = hvm(IotlbFlushStrategy.PER_PAGE);
        assertEquals(0, m.map(0x1000, 0x5000, 0));
        // root entry 8 (dfn 0x1000 >> 9): table 0x40001 at level 1, IW IR present
        assertEquals(0x6000000040001201L, m.machine.frames().peek(mfn(0x40000), 8));
        // the page: address, IW IR FC present, Next Level 0
        assertEquals(0x7000000005000001L, m.machine.frames().peek(mfn(0x40001), 0));
        assertEquals(Optional.of(new IommuRoot(IommuKind.AMDVI, mfn(0x40000), 2)), m.iommus.root(m.guest));
        // the root entry is read by the walk, then again by set_iommu_pde_present; the page once
        assertEquals(3, m.cost("pte_reads"));
        assertEquals(2, m.cost("pte_writes"));
        assertEquals(2, m.cost("table_allocs"));
        assertEquals(List.of(), m.flushes());
        assertEquals(0x5000, m.translate(0x1000));
    }

    @Test void aPvGuestsDepthFollowsTheHostsMemory() {
        assertEquals(3, AmdViDomain.getPagingMode(0x41000));
        assertEquals(1, AmdViDomain.getPagingMode(512));
        assertEquals(2, AmdViDomain.getPagingMode(513));
        IommuMachine m = new IommuMachine(Arch.X86_64_PV, IommuKind.AMDVI, IotlbFlushStrategy.PER_PAGE);
        m.map(0x1000, 0x5000, 0);
        assertEquals(3, m.cost("table_allocs"));
        assertEquals(3, m.iommus.root(m.guest).orElseThrow().level());
    }

    @Test void aFrameBeyondTheRootsReachGrowsANewRootAndFlushesEverything() {
        IommuMachine m = hvm(IotlbFlushStrategy.CALLER);
        m.map(0x1000, 0x5000, 0);
        assertEquals(0, m.map(0x40000, 0x6000, 0));
        // new root 0x40002 whose entry 0 is the old root, at level 2
        assertEquals(0x6000000040000401L, m.machine.frames().peek(mfn(0x40002), 0));
        assertEquals(Optional.of(new IommuRoot(IommuKind.AMDVI, mfn(0x40002), 3)), m.iommus.root(m.guest));
        assertEquals(List.of("1:0+-1 modified"), m.flushes());
        assertEquals(3, m.cost("table_allocs"));
        assertEquals(0x5000, m.translate(0x1000));
        assertEquals(0x6000, m.translate(0x40000));
    }

    @Test void remappingAPresentEntryFlushesPerPageOrOnceForTheBlock() {
        IommuMachine perPage = hvm(IotlbFlushStrategy.PER_PAGE);
        perPage.map(0x200, 0x80000, 9);
        assertEquals(List.of(), perPage.flushes());
        perPage.map(0x200, 0x90000, 9);
        assertEquals(512, perPage.flushes().size());
        assertEquals("1:3ff+1 modified", perPage.flushes().get(511));
        for (IotlbFlushStrategy s : List.of(IotlbFlushStrategy.ACCUMULATE, IotlbFlushStrategy.CALLER)) {
            IommuMachine m = hvm(s);
            m.map(0x200, 0x80000, 9);
            // added entries: the AMD-Vi flush op does nothing unless an entry was modified
            assertEquals(List.of(), m.flushes(), s.scenarioName());
            m.map(0x200, 0x90000, 9);
            assertEquals(List.of("1:200+512 modified"), m.flushes(), s.scenarioName());
        }
    }

    @Test void theOldUnmapFlushesEvenWhatWasNotPresentAndBuildsTablesOnTheWay() {
        IommuMachine perPage = hvm(IotlbFlushStrategy.PER_PAGE);
        perPage.map(0x1000, 0x5000, 0);
        // dfn 0x800 sits under root entry 4, not present yet: the walk installs a table there
        assertEquals(0, perPage.unmap(0x800, 0));
        assertEquals(1, perPage.cost("table_allocs"));
        assertEquals(List.of("1:800+1 modified"), perPage.flushes());
        IommuMachine patched = hvm(IotlbFlushStrategy.ACCUMULATE);
        patched.map(0x1000, 0x5000, 0);
        patched.unmap(0x800, 0);
        assertEquals(1, patched.cost("table_allocs"));
        assertEquals(List.of(), patched.flushes());
    }

    @Test void lateIn2018AmdViIgnoredThePerCpuFlagAndHadNoFlushOp() {
        IommuMachine m = hvm(IotlbFlushStrategy.PER_PAGE);
        m.map(0x1000, 0x5000, 0);
        m.op("iommu-dont-flush on");
        m.iommus.setDontFlush(true);
        m.unmap(0x1000, 0);
        assertEquals(List.of("1:1000+1 modified"), m.flushes());
        m.op("iommu-flush nic0 dfn=0x1000 nr=1");
        m.iommus.flush("nic0", dfn(0x1000), 1);
        assertEquals(List.of(), m.flushes());
    }

    @Test void theFlushOpFindsTheSmallestSingleFlushCoveringTheRange() {
        IommuMachine m = hvm(IotlbFlushStrategy.CALLER);
        m.map(0x1000, 0x5000, 0);
        m.op("flushes");
        m.iommus.flush("nic0", dfn(0x1000), 1);
        m.iommus.flush("nic0", dfn(0x1010), 16);
        m.iommus.flush("nic0", dfn(0x11f0), 32);
        m.iommus.flush("nic0", dfn(0x3ffff), 2);
        assertEquals(List.of("1:1000+1 modified", "1:1000+512 modified", "1:0+262144 modified", "1:0+-1 modified"), m.flushes());
    }

    @Test void teardownQueuesTheTablesBelowEachTableThenFlushes() {
        IommuMachine m = hvm(IotlbFlushStrategy.PER_PAGE);
        m.map(0x1000, 0x5000, 0);
        m.map(0x40000, 0x6000, 0);
        m.op("destroy guest");
        m.iommus.teardown(m.guest);
        assertEquals(5, m.cost("table_frees"));
        assertEquals(List.of("1:0+-1 modified"), m.flushes());
        assertEquals(Optional.empty(), m.iommus.root(m.guest));
    }
}
