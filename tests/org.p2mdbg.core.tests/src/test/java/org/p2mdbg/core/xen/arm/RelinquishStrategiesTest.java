package org.p2mdbg.core.xen.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

/**
 * relinquish_p2m_mapping in its three versions, counted on hand-checked domains.
 *
 * <p>Domain A: four foreign 4 KiB pages at 0x40000-0x40003, a hole to 0x401ff (in the same level-3
 * table), a 2 MiB hole at 0x40200 and a 2 MiB block at 0x40400: lowest 0x40000, max 0x40600.
 * Domain B: 1024 4 KiB device pages at 0x80000 (an odd MFN rules out blocks): max 0x80400.
 */
class RelinquishStrategiesTest {
    private static final String[] COSTS = {"preempt_checks", "preemptions", "pte_writes", "tlb_flushes", "page_refs_put", "pte_reads"};

    private static ArmHost domainA(String strategy, String preempt) {
        ArmHost host = new ArmHost("relinquish=" + strategy, "preempt=" + preempt);
        host.dom0.p2m().populate(Gfn.of(0x1000), 4);
        host.guest.p2m().mapForeign(Gfn.of(0x40000), 4, host.dom0, Gfn.of(0x1000));
        host.guest.p2m().insertMapping(Gfn.of(0x40400), 0x200, Mfn.of(0x100000), P2mType.MMIO_DIRECT_C);
        return host;
    }

    private static ArmHost domainB(String strategy, String preempt) {
        ArmHost host = new ArmHost("relinquish=" + strategy, "preempt=" + preempt);
        host.guest.p2m().insertMapping(Gfn.of(0x80000), 0x400, Mfn.of(0x100001), P2mType.MMIO_DIRECT_C);
        return host;
    }

    /** Runs one relinquish call in its own operation; returns rc followed by the costs. */
    private static List<Long> relinquish(ArmHost host) {
        int op = host.begin("relinquish");
        long rc = host.guest.relinquish();
        Map<String, Long> c = host.costs(op);
        List<Long> out = new java.util.ArrayList<>(List.of(rc));
        for (String name : COSTS) {
            out.add(c.get(name));
        }
        return out;
    }

    private static List<Long> expect(int rc, long checks, long preemptions, long writes, long flushes, long puts, long reads) {
        return List.of((long) rc, checks, preemptions, writes, flushes, puts, reads);
    }

    private static int dom0Refs(ArmHost host) {
        return host.dom0.pages().stream().mapToInt(p -> host.machine.frames().refs(p)).sum();
    }

    // ---- remove (Xen 4.8.5) ----

    @Test void removeLooksUp514TimesChecksOnceAndRemovesFiveEntries() {
        ArmHost host = domainA("remove", "never");
        // 512 lookups of 4 KiB (0x40000-0x401ff: 3 reads each, the 512th makes the check), the 2 MiB
        // hole (2 reads), the block (3 reads); removals: 4 pages x 4 reads + the block's 3 reads.
        // One flush: the removals defer it to the unlock.
        assertEquals(expect(0, 1, 0, 5, 1, 4, 512 * 3 + 2 + 3 + 4 * 4 + 3), relinquish(host));
        assertEquals(4, dom0Refs(host));   // only the allocation references remain
        assertEquals(false, host.guest.p2m().getEntry(Gfn.of(0x40400)).isMapped());
    }

    @Test void removePreemptedAtTheFirstCheckResumesAtTheGfnItHadLookedUp() {
        ArmHost host = domainA("remove", "always");
        // populate_physmap checked before dom0's extents 2-4, the foreign batch between its 4 pages
        assertEquals(6, host.machine.preemptChecks());
        assertEquals(expect(Errno.ERESTART, 1, 1, 4, 1, 4, 512 * 3 + 4 * 4), relinquish(host));
        assertEquals(Gfn.of(0x401ff), host.guest.p2m().lowestMappedGfn());
        // 0x401ff is looked up again, then the 2 MiB hole and the block: 3 lookups, no check
        assertEquals(expect(0, 0, 0, 1, 1, 0, 3 + 2 + 3 + 3), relinquish(host));
    }

    @Test void removeChecksEvery512LookupsAndNoMore() {
        ArmHost host = domainB("remove", "never");
        assertEquals(expect(0, 2, 0, 1024, 1, 0, 1024 * 3 + 1024 * 4), relinquish(host));
    }

    @Test void removePreemptedAtTheSecondCheckRedoesOnlyThatGfn() {
        ArmHost host = domainB("remove", "at:2");
        assertEquals(expect(Errno.ERESTART, 2, 1, 1023, 1, 0, 1024 * 3 + 1023 * 4), relinquish(host));
        assertEquals(Gfn.of(0x803ff), host.guest.p2m().lowestMappedGfn());
        assertEquals(expect(0, 0, 0, 1, 1, 0, 3 + 4), relinquish(host));
    }

    // ---- lookup (seed 000, the RFC as posted) ----

    @Test void lookupDropsTheForeignReferencesButLeavesEveryEntry() {
        ArmHost host = domainA("lookup", "never");
        assertEquals(expect(0, 1, 0, 0, 0, 4, 512 * 3 + 2 + 3), relinquish(host));
        assertEquals(4, dom0Refs(host));
        // the entries are still there, pointing at pages whose reference is gone
        P2mEntry still = host.guest.p2m().getEntry(Gfn.of(0x40000));
        assertEquals(P2mType.MAP_FOREIGN, still.type());
        assertEquals(host.dom0.pages().get(0), still.mfn());
        assertTrue(host.guest.p2m().getEntry(Gfn.of(0x40400)).isMapped());
    }

    @Test void lookupRestartsLikeRemoveButWritesNothing() {
        ArmHost host = domainA("lookup", "always");
        assertEquals(expect(Errno.ERESTART, 1, 1, 0, 0, 4, 512 * 3), relinquish(host));
        assertEquals(expect(0, 0, 0, 0, 0, 0, 3 + 2 + 3), relinquish(host));
    }

    // ---- legacy (Xen 4.7.0 apply_p2m_changes RELINQUISH) ----

    @Test void legacyWeighsTheWorkAndNeverReachesTheLimitOnASmallDomain() {
        ArmHost host = domainA("legacy", "never");
        // weight: 4 pages x 16 + 508 holes x 1 + the 2 MiB hole 1 + the block 16 = 589 < 0x2000.
        // Each pass walks from the root: 512 passes of 3 reads, then 2 + 2.
        assertEquals(expect(0, 0, 0, 5, 1, 4, 512 * 3 + 2 + 2), relinquish(host));
        assertEquals(4, dom0Refs(host));
        assertEquals(Gfn.of(0x40000), host.guest.p2m().lowestMappedGfn());   // only a preemption moves it
    }

    @Test void legacyChecksEveryPassOnceTheWeightReached0x2000() {
        ArmHost host = domainB("legacy", "never");
        // 512 pages x 16 = 0x2000 after the 512th pass: passes 513..1024 each start with a check
        assertEquals(expect(0, 512, 0, 1024, 1, 0, 1024 * 3), relinquish(host));
    }

    @Test void legacyStopsBeforeWalkingTheAddressItRecords() {
        ArmHost host = domainB("legacy", "at:3");
        // checks at passes 513, 514 say no, 515 says yes: 514 pages zeroed, the flush still done
        assertEquals(expect(Errno.ERESTART, 3, 1, 514, 1, 0, 514 * 3), relinquish(host));
        assertEquals(Gfn.of(0x80202), host.guest.p2m().lowestMappedGfn());
        // the count starts again from 0: 510 pages weigh 8160 < 0x2000, no check
        assertEquals(expect(0, 0, 0, 510, 1, 0, 510 * 3), relinquish(host));
    }
}
