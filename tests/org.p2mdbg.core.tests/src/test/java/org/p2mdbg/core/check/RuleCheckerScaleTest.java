package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.page;
import static org.p2mdbg.core.check.TinyHypervisor.table;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;

/** Checking is one linear pass: two million events, a few hundred findings, well within seconds. */
class RuleCheckerScaleTest {
    static final int TABLES = 64;

    /**
     * {@code rounds} remaps over 32768 gfns, each an operation of 5 events (start, read, break, flush,
     * make); every 1000th round forgets its flush.
     */
    static TinyHypervisor remaps(int rounds) {
        TinyHypervisor h = new TinyHypervisor();
        Mfn[] l3 = createGuest(h, TABLES);
        for (int i = 0; i < rounds; i++) {
            Mfn table = l3[(i >>> 9) % TABLES];
            int index = i & 511;
            h.op("remap");
            h.read(table, index);
            h.write(table, index, 0);
            if (i % 1000 != 999) {
                h.flush(GUEST);
            }
            h.write(table, index, page(new Mfn(0x100000 + i)));
        }
        return h;
    }

    /** The guest's p2m: a root, a level-2 table and {@code tables} level-3 tables (512 gfns each); returns those. */
    static Mfn[] createGuest(TinyHypervisor h, int tables) {
        h.op("create guest");
        Mfn root = h.p2mRoot(GUEST, false);
        Mfn l2 = h.table(GUEST);
        h.write(root, 0, table(l2));
        Mfn[] l3 = new Mfn[tables];
        for (int t = 0; t < tables; t++) {
            l3[t] = h.table(GUEST);
            h.write(l2, t, table(l3[t]));
        }
        return l3;
    }

    @Test void twoMillionEventsCheckInSeconds() {
        TinyHypervisor h = remaps(400_000);
        assertTrue(h.trace.size() > 1_999_000, "events: " + h.trace.size());
        long start = System.nanoTime();
        List<Finding> f = h.checkAll();
        long millis = (System.nanoTime() - start) / 1_000_000;
        // 400 rounds forget their flush; the 32 of them among the first 32768 rounds break an entry
        // that was still invalid, which changes no translation: 368 of each rule
        assertEquals(736, f.size());
        assertEquals(368, f.stream().filter(x -> x.rule() == Rule.BBM_VIOLATION).count());
        assertEquals(368, f.stream().filter(x -> x.rule() == Rule.STALE_TLB).count());
        assertTrue(millis < 20_000, "checking took " + millis + " ms");
    }

    /**
     * One p2m lock held over 262144 entry removals whose flush is deferred to the unlock, as
     * relinquish's removals are between preemptions. The open changes were indexed under the lock's
     * id in an open-addressing multimap, one probe cluster, so checking grew with the square of the
     * changes (16 s for a 128 Ki-page relinquish). A bound far above the linear time guards against it.
     */
    @Test void manyChangesUnderOneLockCheckInLinearTime() {
        int tables = 512;
        TinyHypervisor h = new TinyHypervisor();
        Mfn[] l3 = createGuest(h, tables);
        h.op("populate guest");
        for (int i = 0; i < tables * 512; i++) {
            h.write(l3[i >>> 9], i & 511, page(new Mfn(0x100000 + i)));
        }
        h.op("relinquish guest");
        h.lock(GUEST);
        for (int i = 0; i < tables * 512; i++) {
            h.write(l3[i >>> 9], i & 511, 0);
        }
        h.flush(GUEST);
        h.unlock(GUEST);
        long start = System.nanoTime();
        List<Finding> f = h.checkAll();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), f, "every removal was flushed before the unlock");
        // linear: well under a second; the quadratic index took about 40 s here
        assertTrue(millis < 5_000, "checking took " + millis + " ms");
    }
}
