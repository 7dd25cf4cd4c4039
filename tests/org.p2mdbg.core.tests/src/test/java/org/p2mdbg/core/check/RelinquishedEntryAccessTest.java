package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.check.TinyHypervisor.DOM0;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.page;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

/** The concern of seed 000: with the lookup relinquish, entries outlive the references they held. */
class RelinquishedEntryAccessTest {
    /**
     * guest maps dom0's frame 0x1005 at gfn 7 (a foreign mapping holding a reference):
     * 10 op, 11 FRAME_ALLOC 0x1005 (dom0), 12 REF_GET (the allocation's), 13 REF_GET (guest's), 14 PTE_WRITE.
     */
    private static TinyHypervisor guestMappingADom0Page() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("map guest gfn=0x7 foreign=dom0:0x10");
        Mfn foreign = h.alloc(FrameKind.GUEST_RAM, DOM0);
        h.getRef(foreign);
        h.getRef(foreign);
        h.write(h.level3, 7, page(foreign));
        return h;
    }

    /** relinquish_p2m_mapping as seed 000 posted it: p2m_get_entry reads the entry, p2m_put_l3_page drops the reference. */
    private static void lookupRelinquish(TinyHypervisor h) {
        h.op("relinquish guest");                                       // 15
        h.state(GUEST, DomainState.DYING);                              // 16
        h.trace.enter("relinquish_p2m_mapping");
        h.trace.enter("p2m_get_entry");
        h.read(h.root, 0);                                              // 17
        h.read(h.level2, 0);                                            // 18
        h.read(h.level3, 7);                                            // 19
        h.trace.leave();
        h.trace.enter("p2m_put_l3_page");
        h.putRef(new Mfn(0x1005));                                      // 20
        h.trace.leave();
        h.trace.leave();
    }

    @Test void anUnmapBeforeTeardownReadsTheRelinquishedEntry() {
        TinyHypervisor h = guestMappingADom0Page();
        lookupRelinquish(h);
        h.op("unmap guest gfn=0x7");                                    // 21
        h.trace.enter("p2m_set_entry");
        h.read(h.root, 0);                                              // 22
        h.read(h.level2, 0);                                            // 23
        h.read(h.level3, 7);                                            // 24: the relinquished entry
        h.write(h.level3, 7, 0);                                        // 25: reported once per entry
        h.trace.leave();

        List<Finding> f = h.check(Rule.RELINQUISHED_ENTRY_ACCESS);
        assertEquals(1, f.size());
        Finding r = f.get(0);
        assertEquals(24, r.event());
        assertEquals(List.of(20L, 24L), r.proof());
        assertEquals(new Mfn(0x1005), r.mfn());
        assertEquals(new Gfn(7), r.gfn());
        assertEquals("guest", r.domain());
        assertEquals("event 24 (operation 4, unmap guest gfn=0x7) read the level-3 entry 0x1003[7] of guest's p2m (gfn 0x7),"
                + " which still holds a page of MFN 0x1005 although event 20 (operation 3, relinquish guest) already dropped the"
                + " reference that mapping held on MFN 0x1005 (relinquish left the entry intact): the entry no longer"
                + " guarantees the page", r.message());
    }

    @Test void theRemoveStrategyInvalidatesTheEntryFirstSoALaterAccessIsFine() {
        TinyHypervisor h = guestMappingADom0Page();
        h.op("relinquish guest");
        h.trace.enter("relinquish_p2m_mapping");
        h.read(h.level3, 7);
        h.write(h.level3, 7, 0);        // __p2m_set_entry(INVALID_MFN)
        h.putRef(new Mfn(0x1005));      // p2m_free_entry > p2m_put_l3_page
        h.flush(GUEST);
        h.trace.leave();
        h.op("unmap guest gfn=0x7");
        h.read(h.level3, 7);

        assertEquals(List.of(), h.check(Rule.RELINQUISHED_ENTRY_ACCESS));
    }

    @Test void relinquishRestartsAndTeardownMayReadIt() {
        TinyHypervisor h = guestMappingADom0Page();
        lookupRelinquish(h);
        h.op("destroy guest (relinquish #2)");
        h.trace.enter("relinquish_p2m_mapping");
        h.read(h.level3, 7);            // a restart looks the preempted gfn up again
        h.trace.leave();
        h.op("destroy guest (teardown)");
        h.trace.enter("p2m_teardown");
        h.read(h.level3, 7);
        h.trace.leave();

        assertEquals(List.of(), h.check(Rule.RELINQUISHED_ENTRY_ACCESS));
    }

    @Test void aPutOutsideRelinquishMarksNothing() {
        TinyHypervisor h = guestMappingADom0Page();
        h.op("grant copy");
        h.read(h.level3, 7);
        h.putRef(new Mfn(0x1005));
        h.op("unmap guest gfn=0x7");
        h.read(h.level3, 7);

        assertEquals(List.of(), h.check(Rule.RELINQUISHED_ENTRY_ACCESS));
    }

    @Test void theOperationFrameItselfDoesNotCountAsRelinquish() {
        // the operation is named after relinquish, but the put is not made by a relinquish function
        TinyHypervisor h = guestMappingADom0Page();
        h.op("relinquish guest");
        h.trace.enter("p2m_lookup");
        h.read(h.level3, 7);
        h.trace.leave();
        h.putRef(new Mfn(0x1005));
        h.op("unmap guest gfn=0x7");
        h.read(h.level3, 7);

        assertEquals(List.of(), h.check(Rule.RELINQUISHED_ENTRY_ACCESS));
    }

    @Test void readingOtherEntriesOfTheSameTablesIsFine() {
        TinyHypervisor h = guestMappingADom0Page();
        lookupRelinquish(h);
        h.op("lookup gfn 0x5");
        h.read(h.root, 0);
        h.read(h.level2, 0);
        h.read(h.level3, 5);

        assertEquals(List.of(), h.check(Rule.RELINQUISHED_ENTRY_ACCESS));
    }
}
