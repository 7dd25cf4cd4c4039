package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;

class TableLeakTest {
    @Test void aTableLeftBehindWhenTheGuestIsDestroyed() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("destroy guest");                                          // 10
        h.state(GUEST, DomainState.DYING);                              // 11
        h.free(h.level2);                                               // 12: level 3 forgotten
        h.free(h.root);                                                 // 13
        h.free(h.root.add(1));                                          // 14
        h.state(GUEST, DomainState.DESTROYED);                          // 15

        List<Finding> f = h.check(Rule.TABLE_LEAK);
        assertEquals(1, f.size());
        assertEquals(15, f.get(0).event());
        assertEquals(List.of(5L, 15L), f.get(0).proof());               // its FRAME_ALLOC, the destruction
        assertEquals(new Mfn(0x1003), f.get(0).mfn());
        assertEquals("table frame 0x1003 (P2M_TABLE of guest, allocated at event 5) was not freed before guest was destroyed"
                + " at event 15", f.get(0).message());
    }

    @Test void aTableUnlinkedAndNeverFreedLeaksAtTheEndOfTheTrace() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("replace the level-3 table");                              // 10
        h.write(h.level2, 0, 0);                                        // 11
        h.flush(GUEST);                                                 // 12
        Mfn fresh = h.table(GUEST);                                     // 13
        h.write(h.level2, 0, table(fresh));                             // 14

        List<Finding> f = h.check(Rule.TABLE_LEAK);
        assertEquals(1, f.size());
        assertEquals(14, f.get(0).event());
        assertEquals(List.of(5L, 11L, 14L), f.get(0).proof());
        assertEquals(new Mfn(0x1003), f.get(0).mfn());
        assertEquals("table frame 0x1003 (P2M_TABLE of guest, allocated at event 5) is reachable from no live root at the end"
                + " of the trace (its last link was removed at event 11) and was never freed", f.get(0).message());
    }

    @Test void aCompleteTeardownLeaksNothing() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("destroy guest");
        h.state(GUEST, DomainState.DYING);
        h.free(h.level3);
        h.free(h.level2);
        h.free(h.root);
        h.free(h.root.add(1));
        h.state(GUEST, DomainState.DESTROYED);

        assertEquals(List.of(), h.checkAll());
    }

    @Test void tablesOfAnOwnerWithoutADeclaredRootAreNotJudged() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("some iommu driver");
        h.alloc(FrameKind.IOMMU_TABLE, GUEST);
        h.alloc(FrameKind.P2M_TABLE, 7);

        assertEquals(List.of(), h.checkAll());
    }
}
