package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.block;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/** VLPT lookups (seed 001) recorded by hand: a = domain, b = gfn, c = the entry the window read (-1: fault). */
class VlptMisreadTest {
    private static long lookup(TinyHypervisor h, long gfn, long readEntry) {
        return h.trace.record(EventKind.VLPT_LOOKUP, GUEST, gfn, readEntry);
    }

    @Test void readingTheGfnsLevel3EntryIsRight() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("vlpt lookup guest ipa=0x5000");
        lookup(h, 5, Trace.entryRef(h.level3.value(), 5));
        lookup(h, 6, Trace.entryRef(h.level3.value(), 6));      // an invalid level-3 entry is still the right one

        assertEquals(List.of(), h.check(Rule.VLPT_MISREAD));
    }

    @Test void aStaleWindowSlotReadsAnotherTable() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("vlpt lookup guest ipa=0x5000");                   // 10
        long e = lookup(h, 5, Trace.entryRef(0x1010, 5));       // 11: a table the p2m no longer uses

        List<Finding> f = h.check(Rule.VLPT_MISREAD);
        assertEquals(1, f.size());
        assertEquals(e, f.get(0).event());
        assertEquals(List.of(9L, 11L), f.get(0).proof());       // the write of the real entry, the lookup
        assertEquals(new Gfn(5), f.get(0).gfn());
        assertEquals(new Mfn(0x1004), f.get(0).mfn());
        assertEquals("VLPT lookup of gfn 0x5 for guest at event 11: the window read entry 0x1010[5] (MFN 0x1010), but the gfn's"
                + " level-3 entry is 0x1003[5]", f.get(0).message());
    }

    @Test void aSuperpageHasNoLevel3EntryForTheWindow() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("map guest gfn=0x200 2M");                         // 10
        h.write(h.level2, 1, block(new Mfn(0x80000)));          // 11
        h.op("vlpt lookup guest ipa=0x201000");                 // 12
        lookup(h, 0x201, -1);                                   // 13: the block is a fault at Xen's level 3

        List<Finding> f = h.check(Rule.VLPT_MISREAD);
        assertEquals(1, f.size());
        assertEquals(List.of(11L, 13L), f.get(0).proof());
        assertEquals(new Mfn(0x80001), f.get(0).mfn());
        assertTrue(f.get(0).message().endsWith("the window's walk faulted, but the p2m maps the gfn with a level-2 block of"
                + " MFN 0x80000, which has no level-3 entry for the window to read"), f.get(0).message());
    }

    @Test void aHoleIsAFaultAndNothingElse() {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.op("vlpt lookup guest ipa=0x40000000");
        lookup(h, 0x40000, -1);                                 // level-1 entry 1 is invalid: right
        lookup(h, 0x40001, Trace.entryRef(h.level3.value(), 1)); // reads something anyway: wrong

        List<Finding> f = h.check(Rule.VLPT_MISREAD);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().endsWith("but the p2m has no entry for it (invalid at level 1)"), f.get(0).message());
    }
}
