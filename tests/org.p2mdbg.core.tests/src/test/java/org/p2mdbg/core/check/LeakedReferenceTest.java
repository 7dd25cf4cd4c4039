package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.check.TinyHypervisor.DOM0;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.page;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;

class LeakedReferenceTest {
    /**
     * 10 op "create dom0 page", 11 FRAME_ALLOC 0x1005, 12 REF_GET (dom0's allocation reference),
     * 13 op "map guest gfn=0x7 foreign=dom0:0x10", 14 REF_GET (guest's), 15 PTE_WRITE.
     */
    private static TinyHypervisor guestHoldingADom0Page() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("create dom0 page");
        Mfn foreign = h.alloc(FrameKind.GUEST_RAM, DOM0);
        h.getRef(foreign);
        h.op("map guest gfn=0x7 foreign=dom0:0x10");
        h.getRef(foreign);
        h.write(h.level3, 7, page(foreign));
        return h;
    }

    /** Teardown without giving the foreign reference back: 16 op, 17 DYING, 18..22 frees, 23 DESTROYED. */
    private static void teardownForgettingTheReference(TinyHypervisor h) {
        h.op("destroy guest");
        h.state(GUEST, DomainState.DYING);
        h.free(h.level2);
        h.free(h.level3);
        h.free(h.root);
        h.free(h.root.add(1));
        h.free(h.ram);
        h.state(GUEST, DomainState.DESTROYED);
    }

    @Test void aForeignReferenceNeverPutIsLeakedWhenTheGuestIsDestroyed() {
        TinyHypervisor h = guestHoldingADom0Page();
        teardownForgettingTheReference(h);

        List<Finding> f = h.check(Rule.LEAKED_REFERENCE);
        assertEquals(1, f.size());
        Finding leak = f.get(0);
        assertEquals(23, leak.event());
        assertEquals(List.of(14L, 23L), leak.proof());                  // guest's REF_GET, not dom0's at 12
        assertEquals(new Mfn(0x1005), leak.mfn());
        assertEquals("guest", leak.domain());
        assertEquals("MFN 0x1005 (GUEST_RAM of dom0) still has 2 references after guest was destroyed at event 23: guest took"
                + " 1 of them (REF_GET at event 14) and never put them back", leak.message());
    }

    @Test void aReferencePutBackIsNotLeaked() {
        TinyHypervisor h = guestHoldingADom0Page();
        h.op("relinquish guest");
        h.putRef(new Mfn(0x1005));
        teardownForgettingTheReference(h);

        assertEquals(List.of(), h.check(Rule.LEAKED_REFERENCE));
    }

    @Test void aTornDownP2mWithoutADestroyedStateStillProvesTheLeak() {
        TinyHypervisor h = guestHoldingADom0Page();
        h.op("teardown guest");                                         // 16
        h.free(h.level2);                                               // 17
        h.free(h.level3);                                               // 18
        h.free(h.root);                                                 // 19
        h.free(h.root.add(1));                                          // 20: the root is gone

        List<Finding> f = h.check(Rule.LEAKED_REFERENCE);
        assertEquals(1, f.size());
        assertEquals(20, f.get(0).event());
        assertEquals(List.of(14L, 20L), f.get(0).proof());
    }

    @Test void aRunningGuestHoldsItsReferencesLegitimately() {
        assertEquals(List.of(), guestHoldingADom0Page().check(Rule.LEAKED_REFERENCE));
    }
}
