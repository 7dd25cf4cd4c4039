package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;

/**
 * Keyframes: once the cursor has passed over the trace, a jump replays from the keyframe nearest
 * its target, at most half an interval of events, and lands on exactly the state it would have
 * reached by replaying every event (the p2m bookkeeping included).
 */
class TraceCursorKeyframesTest {
    private static final long INTERVAL = Trace.CHUNK;

    @Test
    void jumpsReplayOnlyFromTheNearestKeyframe() {
        Options options = new Options();
        options.set("mem-access", "on");
        options.set("preempt", "every:1000");
        Machine m = new Machine(Arch.ARM64, 40, options);
        Domain guest = m.createDomain("guest", 1, 1);
        List<Long> positions = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        List<Long> maxMapped = new ArrayList<>();
        for (int op = 0; op < 6; op++) {
            positions.add(m.trace().size());
            hashes.add(m.stateHash());
            maxMapped.add(guest.p2m().maxMappedGfn().value());
            m.trace().beginOperation("populate " + op);
            assertEquals(0, guest.p2m().populate(new Gfn(0x40000 + op * 4096L), 4096));
        }
        assertEquals(0, guest.destroy());
        Trace trace = m.trace();
        long end = trace.size();
        long endHash = m.stateHash();
        assertTrue(end > 4 * INTERVAL, "the trace spans more than four intervals: " + end + " events");

        FrameStore frames = m.frames();
        TraceCursor cursor = new TraceCursor(trace, frames, INTERVAL);
        cursor.seek(0);
        assertEquals(end, cursor.eventsReplayed(), "the first pass replays everything");
        assertEquals(new FrameStore(frames.firstMfn(), 1).stateHash(), frames.stateHash(), "nothing allocated at event 0");
        assertTrue(cursor.keyframeBytes() > 0, "it kept keyframes on the way");
        assertTrue(cursor.keyframeBytes() <= trace.columnBytes() / 2, "within their budget: " + cursor.keyframeBytes() + " bytes");

        long before = cursor.eventsReplayed();
        cursor.toEnd();
        assertEquals(endHash, frames.stateHash());
        // no keyframe lies beyond the end: the one below it is at most an interval away
        assertTrue(cursor.eventsReplayed() - before < INTERVAL,
                "back to the end from the last keyframe: " + (cursor.eventsReplayed() - before) + " events");

        for (int i : new int[] {3, 0, 5, 1, 4, 2}) {
            before = cursor.eventsReplayed();
            cursor.seek(positions.get(i));
            assertTrue(cursor.eventsReplayed() - before <= INTERVAL / 2, "jump to operation " + i);
            assertEquals(hashes.get(i), frames.stateHash(), "state before operation " + i);
            assertEquals(maxMapped.get(i), guest.p2m().maxMappedGfn().value(), "max_mapped_gfn before operation " + i);
        }
        assertEquals(frames.image().bytes(), frames.imageBytes(), "the budget's estimate is what an image takes");
        // just past a keyframe, reached from below and from above
        long past = 2 * INTERVAL + 7;
        cursor.seek(past - 3);
        cursor.seek(past);
        long fromBelow = frames.stateHash();
        cursor.toEnd();
        cursor.seek(past);
        assertEquals(fromBelow, frames.stateHash());
        cursor.seek(end);
        assertEquals(endHash, frames.stateHash());
    }
}
