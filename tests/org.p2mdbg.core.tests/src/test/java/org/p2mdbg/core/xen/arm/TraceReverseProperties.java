package org.p2mdbg.core.xen.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;

/**
 * Everything the p2m, the domains and their destruction do to machine memory goes through the
 * frame store, so the trace can take it back: k events back then k forward, from the start of
 * every operation, gives the same state, and so does rewinding to nothing and replaying it all.
 */
class TraceReverseProperties {
    @Provide Arbitrary<List<GuestOps.Op>> sequences() { return GuestOps.sequences(8); }

    /**
     * Rewinding past a table's allocation and replaying forward rebuilds its contents; undoing the
     * teardown's free of that table again must give back what the trace saved, not the replayed
     * copy's leftovers (the saved contents were once handed to the store itself and then edited).
     */
    @Example
    void aTableFreedAtTeardownComesBackAfterItsAllocationWasReplayed() {
        steppingBackThenForwardRestoresTheState(List.of(new GuestOps.Populate(0, 1)), RelinquishStrategy.LEGACY, 17);
    }

    @Property(tries = 60)
    void steppingBackThenForwardRestoresTheState(@ForAll("sequences") List<GuestOps.Op> ops, @ForAll RelinquishStrategy strategy,
            @ForAll @IntRange(min = 1, max = 3000) int k) {
        ArmHost host = new ArmHost("relinquish=" + strategy.scenarioName(), "preempt=every:7");
        GuestOps.populateDom0(host);
        List<Long> hashes = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        for (GuestOps.Op op : ops) {
            positions.add(host.trace().size());
            hashes.add(host.machine.stateHash());
            host.begin(op.toString());
            op.apply(host);
        }
        positions.add(host.trace().size());
        hashes.add(host.machine.stateHash());
        host.guest.destroy();
        Trace trace = host.trace();
        FrameStore frames = host.machine.frames();
        long end = trace.size();
        long finalHash = frames.stateHash();

        TraceCursor cursor = new TraceCursor(trace, frames);
        for (int i = positions.size() - 1; i >= 0; i--) {
            long p = positions.get(i);
            cursor.seek(p);
            assertEquals(hashes.get(i), frames.stateHash(), "state at event " + p);
            cursor.seek(Math.max(0, p - k));
            cursor.seek(p);
            assertEquals(hashes.get(i), frames.stateHash(), "back and forth around event " + p);
            cursor.seek(Math.min(end, p + k));
            cursor.seek(p);
            assertEquals(hashes.get(i), frames.stateHash(), "forth and back around event " + p);
        }
        cursor.seek(0);
        assertEquals(new FrameStore(frames.firstMfn(), 1).stateHash(), frames.stateHash(), "nothing allocated at event 0");
        cursor.seek(end);
        assertEquals(finalHash, frames.stateHash());
    }
}
