package org.p2mdbg.core.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.P2m;

/** Domains from p2m_init to p2m_teardown, through domain_relinquish_resources and its continuations. */
class DomainLifecycleTest {
    private static Machine arm(String... options) {
        Options o = new Options();
        for (String option : options) {
            String[] nv = option.split("=", 2);
            o.set(nv[0], nv[1]);
        }
        return new Machine(Arch.ARM64, 40, o);
    }

    private static List<EventKind> kinds(Trace t, int op) {
        List<EventKind> out = new ArrayList<>();
        for (long e = t.operationStart(op) + 1; e < t.operationEnd(op); e++) {
            out.add(t.kind(e));
        }
        return out;
    }

    private static List<Mfn> framesOwnedBy(Machine m, int domid) {
        List<Mfn> out = new ArrayList<>();
        for (long mfn = Machine.FIRST_MFN; mfn < m.frames().endMfn(); mfn++) {
            Mfn f = Mfn.of(mfn);
            if (m.frames().kind(f) != FrameKind.FREE && m.frames().owner(f) == domid) {
                out.add(f);
            }
        }
        return out;
    }

    @Test void creatingADomainAllocatesAConcatenatedRootAndAVmid() {
        Machine m = arm();
        Domain dom0 = m.createDomain("dom0", 0, 4);
        Domain guest = m.createDomain("guest", 1, 2);
        Trace t = m.trace();
        assertEquals("create domain guest", t.operationName(1));
        assertEquals(List.of(EventKind.DOMAIN_STATE, EventKind.FRAME_ALLOC, EventKind.FRAME_ALLOC,
                EventKind.CACHE_CLEAN, EventKind.CACHE_CLEAN, EventKind.TLB_FLUSH), kinds(t, 1));
        P2m p = guest.p2m();
        assertEquals(Mfn.of(0x40002), p.root());
        assertEquals(1, p.rootLevel());
        assertEquals(2, p.rootPages());
        assertEquals(1, dom0.p2m().vmid());   // VMID 0 is reserved
        assertEquals(2, p.vmid());
        assertEquals(FrameKind.P2M_TABLE, m.frames().kind(Mfn.of(0x40003)));
        assertEquals(1, m.frames().owner(Mfn.of(0x40003)));
        assertEquals(DomainState.RUNNING, guest.state());
        assertEquals(List.of(dom0, guest), m.domains());
        assertEquals(guest, m.domain("guest").orElseThrow());
    }

    @Test void theRootFollowsTheIpaSize() {
        Domain d48 = new Machine(Arch.ARM64, 48, new Options()).createDomain("d", 1, 1);
        assertEquals(0, d48.p2m().rootLevel());
        assertEquals(1, d48.p2m().rootPages());
        Domain d32 = new Machine(Arch.ARM64, 32, new Options()).createDomain("d", 1, 1);
        assertEquals(1, d32.p2m().rootLevel());
        assertEquals(1, d32.p2m().rootPages());
        Domain arm32 = new Machine(Arch.ARM32, 40, new Options()).createDomain("d", 1, 1);
        assertEquals(2, arm32.p2m().rootPages());
        assertThrows(IllegalArgumentException.class, () -> new Machine(Arch.ARM64, 39, new Options()));
    }

    @Test void x86DomainsHaveNoArmP2m() {
        Domain d = new Machine(Arch.X86_64_PV, 48, new Options()).createDomain("pv", 1, 1);
        assertEquals("domain pv runs on x86_64-pv: it has no Arm p2m",
                assertThrows(IllegalStateException.class, d::p2m).getMessage());
    }

    @Test void theVmidPoolHolds255Domains() {
        Machine m = arm();
        for (int id = 1; id <= 255; id++) {
            m.createDomain("d" + id, id, 1);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.createDomain("d256", 256, 1));
        assertEquals("cannot create domain d256: p2m_init returned -EBUSY (p2m_alloc_vmid: VMID pool exhausted)", e.getMessage());
        assertEquals(255, m.domains().size());
    }

    @Test void noMemoryForTheRootIsEnomem() {
        Machine m = new Machine(Arch.ARM64, 40, new Options(), 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.createDomain("d", 1, 1));
        assertEquals("cannot create domain d: p2m_init returned -ENOMEM (p2m_alloc_table: no memory for the root pages)", e.getMessage());
        assertTrue(m.domains().isEmpty());
    }

    @Test void destroyingAGuestFreesItsRamItsTablesAndItsForeignReferences() {
        Machine m = arm();
        Domain dom0 = m.createDomain("dom0", 0, 1);
        Domain guest = m.createDomain("guest", 1, 1);
        dom0.p2m().populate(Gfn.of(0x1000), 2);                      // 1 check, before the second extent
        guest.p2m().populate(Gfn.of(0x80000), 0x200);                // one 2 MiB extent: no check
        guest.p2m().mapForeign(Gfn.of(0x40000), 2, dom0, Gfn.of(0x1000));   // 1 check, between the pages
        assertEquals(2, m.preemptChecks());
        assertEquals(512, guest.pages().size());
        assertEquals(512, guest.pageCount());
        int firstOp = m.trace().operationCount();

        assertEquals(0, guest.destroy());

        Trace t = m.trace();
        assertEquals(List.of("destroy guest (relinquish #1)", "destroy guest (teardown)"),
                List.of(t.operationName(firstOp), t.operationName(firstOp + 1)));
        Map<String, Long> relinquish = CostCounter.countOperation(t, firstOp);
        // relinquish_memory: a check after each of the 512 pages; relinquish_p2m_mapping: 1024
        // lookups (512 in the foreign pages' level-3 table, 511 level-2 holes, the RAM block)
        assertEquals(512L + 2, relinquish.get("preempt_checks"));
        // each RAM page: its allocation reference and the one relinquish_memory held; 2 foreign pages
        assertEquals(512L * 2 + 2, relinquish.get("page_refs_put"));
        // three intermediate tables and the two root pages
        assertEquals(5L, CostCounter.countOperation(t, firstOp + 1).get("table_frees"));
        assertEquals(DomainState.DESTROYED, guest.state());
        assertEquals(Mfn.INVALID, guest.p2m().root());
        assertEquals(List.of(), framesOwnedBy(m, 1));
        assertEquals(List.of(), guest.pages());
        dom0.pages().forEach(p -> assertEquals(1, m.frames().refs(p)));
    }

    @Test void aPageMappedByAnotherDomainOutlivesItsOwner() {
        Machine m = arm();
        Domain dom0 = m.createDomain("dom0", 0, 1);
        Domain guest = m.createDomain("guest", 1, 1);
        dom0.p2m().populate(Gfn.of(0x1000), 1);
        Mfn page = dom0.pages().get(0);
        guest.p2m().mapForeign(Gfn.of(0x40000), 1, dom0, Gfn.of(0x1000));

        assertEquals(0, dom0.destroy());
        // relinquish_memory dropped the allocation reference; the guest's keeps the page alive
        assertEquals(FrameKind.GUEST_RAM, m.frames().kind(page));
        assertEquals(1, m.frames().refs(page));
        assertEquals(List.of(page), dom0.pages());

        int before = (int) m.trace().size();
        assertEquals(0, guest.destroy());
        assertEquals(FrameKind.FREE, m.frames().kind(page));
        Trace t = m.trace();
        long free = -1;
        for (long e = before; e < t.size(); e++) {
            if (t.kind(e) == EventKind.FRAME_FREE && t.a(e) == page.value()) {
                free = e;
            }
        }
        assertTrue(t.callPaths().frames(t.path(free)).contains("p2m_put_l3_page"));
        assertEquals(List.of(), dom0.pages());
    }

    @Test void theTeardownGivesTheVmidBack() {
        Machine m = arm();
        m.createDomain("dom0", 0, 1);
        Domain guest = m.createDomain("guest", 1, 1);
        assertEquals(2, guest.p2m().vmid());
        guest.destroy();
        assertEquals(2, m.createDomain("next", 2, 1).p2m().vmid());
    }

    @Test void restartsContinueUntilRelinquishIsDone() {
        Machine m = arm("preempt=every:2");
        Domain guest = m.createDomain("guest", 1, 1);
        guest.p2m().populate(Gfn.of(0x80000), 4);                 // checks 1-3, the second a continuation
        int firstOp = m.trace().operationCount();
        assertEquals(0, guest.destroy());
        // relinquish_memory: check 4 (page 1) preempts; #2: 5 no, 6 yes (page 3: page 2 freed);
        // #3: 7 no (page 4), then relinquish_p2m_mapping: 0x80000-0x80003, no check
        assertEquals(List.of("destroy guest (relinquish #1)", "destroy guest (relinquish #2)",
                "destroy guest (relinquish #3)", "destroy guest (teardown)"),
                List.of(m.trace().operationName(firstOp), m.trace().operationName(firstOp + 1),
                        m.trace().operationName(firstOp + 2), m.trace().operationName(firstOp + 3)));
        assertEquals(7, m.preemptChecks());
        assertEquals(List.of(), framesOwnedBy(m, 1));
    }

    @Test void aPolicyThatAlwaysPreemptsOnAStillReferencedPageIsALivelock() {
        Machine m = arm("preempt=always");
        Domain dom0 = m.createDomain("dom0", 0, 1);
        Domain guest = m.createDomain("guest", 1, 1);
        dom0.p2m().populate(Gfn.of(0x1000), 1);
        guest.p2m().mapForeign(Gfn.of(0x40000), 1, dom0, Gfn.of(0x1000));
        int firstOp = m.trace().operationCount();

        assertEquals(Errno.ERESTART, dom0.destroy());
        // the first call releases the allocation reference; then the guest's reference keeps the
        // page at the head of the list and every call is preempted on it without progress
        assertEquals(1 + Domain.MAX_FRUITLESS_RESTARTS, m.trace().operationCount() - firstOp);
        Trace t = m.trace();
        long last = t.size() - 1;
        while (t.kind(last) != EventKind.ERROR) {
            last--;
        }
        assertTrue(t.detail(last).startsWith("livelock: relinquish_memory was preempted 1000 times in a row"));
        assertEquals(DomainState.DYING, dom0.state());
    }

    @Test void domainNamesAndIdsAreUnique() {
        Machine m = arm();
        m.createDomain("dom0", 0, 1);
        assertThrows(IllegalArgumentException.class, () -> m.createDomain("dom0", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> m.createDomain("other", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> m.createDomain("bad", FrameStore.DOMID_XEN, 1));
    }
}
