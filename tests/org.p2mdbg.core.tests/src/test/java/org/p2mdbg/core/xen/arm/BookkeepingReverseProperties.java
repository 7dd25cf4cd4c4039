package org.p2mdbg.core.xen.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;

/**
 * What struct p2m_domain keeps beside its tables (root, lowest_mapped_gfn, max_mapped_gfn, need_flush,
 * stats.mappings and stats.shattered) steps backwards and forwards with the trace like the frames do:
 * after any walk of the cursor, every position shows the values the emulation had there. The
 * destruction runs one relinquish continuation at a time, so the positions between continuations,
 * where lowest_mapped_gfn records how far the last one got, are checked too.
 */
class BookkeepingReverseProperties {
    @Provide Arbitrary<List<GuestOps.Op>> sequences() { return GuestOps.sequences(6); }

    /** Everything p2m_domain counts, for dom0 and the guest. */
    private static List<Long> bookkeeping(ArmHost host) {
        List<Long> values = new ArrayList<>();
        for (P2m p : List.of(host.dom0.p2m(), host.guest.p2m())) {
            values.add(p.root().value());
            values.add(p.lowestMappedGfn().value());
            values.add(p.maxMappedGfn().value());
            for (int level = 1; level <= 3; level++) {
                values.add(p.mappings(level));
                values.add(p.shattered(level));
            }
        }
        return values;
    }

    /**
     * A 1 GiB block of device memory, a 4 KiB removal inside it (which shatters the block down to
     * level 3), a little RAM and a relinquish preempted every other check: the shattered counts,
     * max_mapped_gfn and the lowest_mapped_gfn each continuation left behind all come back when the
     * cursor rewinds.
     */
    @Example
    void aShatteredBlockAndAPreemptedRelinquishRewind() {
        List<GuestOps.Op> ops = List.of(new GuestOps.Insert(0, 1L << 18, GuestOps.MMIO),
                new GuestOps.Remove(0x1234, 1), new GuestOps.Populate(0x50000, 3));
        int positions = steppingBackRestoresTheP2mBookkeeping(ops, RelinquishStrategy.REMOVE, 999);
        assertTrue(positions > 4, "several relinquish continuations: " + positions + " positions checked");
    }

    @Property(tries = 40)
    void steppingBackThenForwardRestoresTheBookkeeping(@ForAll("sequences") List<GuestOps.Op> ops,
            @ForAll RelinquishStrategy strategy, @ForAll @IntRange(min = 1, max = 3000) int k) {
        steppingBackRestoresTheP2mBookkeeping(ops, strategy, k);
    }

    /** Returns how many positions were checked. */
    private static int steppingBackRestoresTheP2mBookkeeping(List<GuestOps.Op> ops, RelinquishStrategy strategy, int k) {
        ArmHost host = new ArmHost("relinquish=" + strategy.scenarioName(), "preempt=every:2");
        GuestOps.populateDom0(host);
        List<Long> positions = new ArrayList<>();
        List<List<Long>> states = new ArrayList<>();
        Runnable keep = () -> {
            positions.add(host.trace().size());
            states.add(bookkeeping(host));
        };
        keep.run();
        for (GuestOps.Op op : ops) {
            host.begin(op.toString());
            op.apply(host);
            keep.run();
        }
        int rc;
        int continuations = 0;
        do {
            host.begin("relinquish #" + ++continuations);
            rc = host.guest.relinquishResources();
            keep.run();
        } while (rc == Errno.ERESTART && continuations < 100_000);
        assertEquals(0, rc, "relinquish ends");
        host.begin("teardown");
        host.guest.teardown();
        keep.run();

        Trace trace = host.trace();
        long end = trace.size();
        TraceCursor cursor = new TraceCursor(trace, host.machine.frames());
        for (int i = positions.size() - 1; i >= 0; i--) {
            long p = positions.get(i);
            cursor.seek(p);
            assertEquals(states.get(i), bookkeeping(host), "bookkeeping at event " + p);
            cursor.seek(Math.max(0, p - k));
            cursor.seek(p);
            assertEquals(states.get(i), bookkeeping(host), "back and forth around event " + p);
            cursor.seek(Math.min(end, p + k));
            cursor.seek(p);
            assertEquals(states.get(i), bookkeeping(host), "forth and back around event " + p);
        }
        cursor.seek(0);
        cursor.seek(end);
        assertEquals(states.get(states.size() - 1), bookkeeping(host), "at the end again");
        assertEquals(Mfn.INVALID, host.guest.p2m().root(), "torn down at the end");
        return positions.size();
    }
}
