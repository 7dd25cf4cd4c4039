package org.p2mdbg.core.xen.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/** p2m_set_entry / __p2m_set_entry / p2m_get_entry of Xen 4.8.5, on hand-checked examples. */
class P2mSetEntryTest {
    private final ArmHost host = new ArmHost();
    private final P2m p2m = host.guest.p2m();

    @Test void anAlignedGibIsOneLevel1BlockWrittenInTheRoot() {
        int op = host.begin("map 1G");
        assertEquals(0, p2m.insertMapping(Gfn.of(0x40000), 0x40000, Mfn.of(0x100000), P2mType.MMIO_DIRECT_C));
        assertEquals(1, p2m.mappings(1));
        // the target level is the root level: no table, one descriptor read (orig_pte), one write
        assertEquals(1L, host.costs(op).get("pte_writes"));
        assertEquals(1L, host.costs(op).get("pte_reads"));
        assertEquals(0L, host.costs(op).get("table_allocs"));
        assertEquals(new P2mEntry(Mfn.of(0x100123), P2mType.MMIO_DIRECT_C, 18), p2m.getEntry(Gfn.of(0x40123)));
    }

    @Test void anAligned2MibIsOneLevel2BlockBelowANewTable() {
        int op = host.begin("map 2M");
        assertEquals(0, p2m.insertMapping(Gfn.of(0x200), 0x200, Mfn.of(0x80200), P2mType.RAM_RW));
        assertEquals(1, p2m.mappings(2));
        assertEquals(1L, host.costs(op).get("table_allocs"));
        assertEquals(2L, host.costs(op).get("pte_writes"));   // the root's table entry and the block
        assertEquals(new P2mEntry(Mfn.of(0x80201), P2mType.RAM_RW, 9), p2m.getEntry(Gfn.of(0x201)));
    }

    @Test void anUnalignedMfnForces4KibPages() {
        int op = host.begin("map unaligned");
        assertEquals(0, p2m.insertMapping(Gfn.of(0x200), 0x200, Mfn.of(0x80201), P2mType.RAM_RW));
        assertEquals(0, p2m.mappings(2));
        assertEquals(512, p2m.mappings(3));
        assertEquals(2L, host.costs(op).get("table_allocs"));
        assertEquals(2L + 512, host.costs(op).get("pte_writes"));
        assertEquals(new P2mEntry(Mfn.of(0x80202), P2mType.RAM_RW, 0), p2m.getEntry(Gfn.of(0x201)));
    }

    @Test void theCountTakesPartInTheOrderMask() {
        // mask = mfn | gfn | nr: nr = 1 GiB + 2 MiB is not 1 GiB aligned, so even the aligned start
        // gets 2 MiB blocks, 513 of them, in two level-2 tables (root entries 1 and 2)
        int op = host.begin("map 1G+2M");
        assertEquals(0, p2m.insertMapping(Gfn.of(0x40000), 0x40200, Mfn.of(0x100000), P2mType.MMIO_DIRECT_C));
        assertEquals(0, p2m.mappings(1));
        assertEquals(513, p2m.mappings(2));
        assertEquals(2L, host.costs(op).get("table_allocs"));
        assertEquals(2L + 513, host.costs(op).get("pte_writes"));
    }

    @Test void memAccessMapsPageByPage() {
        ArmHost memAccess = new ArmHost("mem-access=on");
        P2m p = memAccess.guest.p2m();
        assertEquals(0, p.insertMapping(Gfn.of(0x200), 0x200, Mfn.of(0x80200), P2mType.RAM_RW));
        assertEquals(512, p.mappings(3));
        assertEquals(0, p.mappings(2));
    }

    @Test void unmappingOnePageOfABlockSplitsItWithBreakBeforeMake() {
        assertEquals(0, p2m.insertMapping(Gfn.of(0x80000), 0x200, Mfn.of(0x90000), P2mType.RAM_RW));
        Mfn root = p2m.root();
        Mfn l2 = Mfn.of(0x40004);   // dom0's root is 0x40000-1, the guest's 0x40002-3, then this table
        long block = host.machine.frames().peek(l2, 0);
        int op = host.begin("unmap one page");
        assertEquals(0, p2m.removeMapping(Gfn.of(0x80005), 1));

        List<EventKind> expected = new ArrayList<>(List.of(EventKind.LOCK,
                EventKind.PTE_READ,                      // root[2]: the level-2 table
                EventKind.PTE_READ,                      // level-2 entry 0: a superpage stops the walk
                EventKind.PTE_READ,                      // split_pte = *entry
                EventKind.FRAME_ALLOC));                 // the new level-3 table
        expected.addAll(Collections.nCopies(512, EventKind.PTE_WRITE));   // its 512 pages
        expected.addAll(List.of(
                EventKind.PTE_WRITE,                     // break: the block entry zeroed
                EventKind.TLB_FLUSH,                     // ... flushed
                EventKind.PTE_WRITE,                     // make: the table entry written
                EventKind.PTE_READ,                      // walk on into the new table
                EventKind.PTE_READ,                      // orig_pte: page 5
                EventKind.PTE_WRITE,                     // removed
                EventKind.PTE_READ,                      // entry->p2m.base compared after the write
                EventKind.TLB_FLUSH,                     // the deferred flush, at p2m_write_unlock
                EventKind.UNLOCK));
        assertEquals(expected, host.kinds(op));

        Trace t = host.trace();
        long breakWrite = t.operationStart(op) + 1 + 5 + 512;
        Mfn l3 = Mfn.of(0x40005);
        assertEquals(Trace.entryRef(l2.value(), 0), t.a(breakWrite));
        assertEquals(block, t.b(breakWrite));
        assertEquals(0L, t.c(breakWrite));
        assertEquals(P2mPte.fromMfn(l3, P2mType.INVALID), t.c(breakWrite + 2));
        assertEquals(515L, host.costs(op).get("pte_writes"));
        assertEquals(6L, host.costs(op).get("pte_reads"));
        assertEquals(1, p2m.shattered(2));
        assertEquals(511, p2m.mappings(3));
        assertEquals(new P2mEntry(Mfn.INVALID, P2mType.INVALID, 0), p2m.getEntry(Gfn.of(0x80005)));
        assertEquals(new P2mEntry(Mfn.of(0x90006), P2mType.RAM_RW, 0), p2m.getEntry(Gfn.of(0x80006)));
        assertEquals(Mfn.of(0x40002), root);
    }

    @Test void maxMappedGfnIsOnePastTheLastMappedGfn() {
        assertEquals(Gfn.INVALID, p2m.lowestMappedGfn());   // ULONG_MAX before the first mapping
        assertEquals(Gfn.of(0), p2m.maxMappedGfn());
        p2m.insertMapping(Gfn.of(0x80000), 0x200, Mfn.of(0x90000), P2mType.RAM_RW);
        assertEquals(Gfn.of(0x80000), p2m.lowestMappedGfn());
        assertEquals(Gfn.of(0x80200), p2m.maxMappedGfn());
        // removal never lowers it
        p2m.removeMapping(Gfn.of(0x80000), 0x200);
        assertEquals(Gfn.of(0x80200), p2m.maxMappedGfn());
    }

    @Test void beyondMaxMappedGfnTheOrderComesFromTheLevelsWithoutAWalk() {
        p2m.insertMapping(Gfn.of(0x80000), 0x200, Mfn.of(0x90000), P2mType.RAM_RW);
        int op = host.begin("lookups");
        // gfn == max is walked: root[2] is a table, level-2 entry 1 is a hole of order 9
        assertEquals(new P2mEntry(Mfn.INVALID, P2mType.INVALID, 9), p2m.getEntry(Gfn.of(0x80200)));
        assertEquals(2L, host.costs(op).get("pte_reads"));
        int beyond = host.begin("beyond max");
        // same 2 MiB as max: no level is above max, so order 0
        assertEquals(0, p2m.getEntry(Gfn.of(0x80201)).order());
        assertEquals(9, p2m.getEntry(Gfn.of(0x80400)).order());
        assertEquals(18, p2m.getEntry(Gfn.of(0xc0000)).order());
        assertEquals(0L, host.costs(beyond).get("pte_reads"));
    }

    @Test void removingAMappingOfMfn0FreesNothing() {
        p2m.insertMapping(Gfn.of(0x10), 1, Mfn.of(0), P2mType.MMIO_DIRECT_DEV);
        p2m.insertMapping(Gfn.of(0x11), 1, Mfn.of(1), P2mType.MMIO_DIRECT_DEV);
        assertEquals(2, p2m.mappings(3));
        p2m.removeMapping(Gfn.of(0x10), 1);
        // the zeroed entry's base (0) equals the old one: p2m_free_entry is skipped, and with it
        // the stats update it would have made
        assertEquals(2, p2m.mappings(3));
        p2m.removeMapping(Gfn.of(0x11), 1);
        assertEquals(1, p2m.mappings(3));
    }

    @Test void aBlockOverATableFreesTheTableAndPutsItsForeignPages() {
        host.dom0.p2m().populate(Gfn.of(0x1000), 1);
        Mfn page = host.dom0.p2m().getEntry(Gfn.of(0x1000)).mfn();
        assertEquals(0, p2m.mapForeign(Gfn.of(0x80005), 1, host.dom0, Gfn.of(0x1000)));
        assertEquals(2, host.machine.frames().refs(page));
        int op = host.begin("map a block over the table");
        assertEquals(0, p2m.insertMapping(Gfn.of(0x80000), 0x200, Mfn.of(0x100000), P2mType.MMIO_DIRECT_C));
        assertEquals(1, host.machine.frames().refs(page));
        assertEquals(1L, host.costs(op).get("table_frees"));
        assertEquals(1L, host.costs(op).get("page_refs_put"));
        // root entry, orig_pte, base compare, and the 512 entries of the freed table
        assertEquals(3L + 512, host.costs(op).get("pte_reads"));
        assertEquals(1L, host.costs(op).get("tlb_flushes"));   // before writing over a valid entry
    }

    @Test void aNonCoherentIommuWalkCleansEveryWrite() {
        ArmHost host2 = new ArmHost("iommu-walk=non-coherent");
        int op = host2.begin("map");
        host2.guest.p2m().insertMapping(Gfn.of(0x200), 1, Mfn.of(0x80200), P2mType.RAM_RW);
        // two new tables (cleaned whole) and their two table entries plus the page entry
        assertEquals(5L, host2.costs(op).get("cache_cleans"));
    }

    @Test void aDomainWithAnIommuFlushesTheIotlbForEachEntryItChanges() {
        host.guest.setHasIommu(true);
        int map = host.begin("map");
        p2m.insertMapping(Gfn.of(0x200), 0x200, Mfn.of(0x80200), P2mType.RAM_RW);
        assertEquals(List.of(0x200L, 0x200L), iotlbFlushes(map));   // gfn, page count of the block
        int unmap = host.begin("unmap");
        p2m.removeMapping(Gfn.of(0x205), 1);
        assertEquals(List.of(0x205L, 1L), iotlbFlushes(unmap));
    }

    private List<Long> iotlbFlushes(int op) {
        Trace t = host.trace();
        List<Long> out = new ArrayList<>();
        for (long e = t.operationStart(op); e < t.operationEnd(op); e++) {
            if (t.kind(e) == EventKind.IOTLB_FLUSH) {
                out.add(t.b(e));
                out.add(t.c(e));
            }
        }
        return out;
    }

    @Test void anInsertionThatCannotGetATableFailsWithEnoent() {
        // 4 frames: two root pages per domain leave none for the guest's level-2 table
        Machine small = new Machine(Arch.ARM64, 40, new Options(), 4);
        small.createDomain("dom0", 0, 1);
        Domain g = small.createDomain("guest", 1, 1);
        assertEquals(Errno.ENOENT, g.p2m().insertMapping(Gfn.of(0x200), 1, Mfn.of(0x80200), P2mType.RAM_RW));
        Trace t = small.trace();
        List<String> errors = new ArrayList<>();
        for (long e = 0; e < t.size(); e++) {
            if (t.kind(e) == EventKind.ERROR) {
                errors.add(Errno.name((int) t.a(e)) + " " + t.detail(e));
            }
        }
        assertEquals(List.of("-ENOMEM p2m_create_table: alloc_domheap_page failed",
                "-ENOENT p2m_next_level: no intermediate table at level 1"), errors);
        // removing what was never mapped is fine
        assertEquals(0, g.p2m().removeMapping(Gfn.of(0x200), 1));
    }
}
