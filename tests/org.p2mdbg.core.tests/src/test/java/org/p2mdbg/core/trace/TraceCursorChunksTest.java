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
 * The cursor replays a chunk of the trace's columns at a time: jumps across the 65,536-event
 * chunk boundaries, in both directions and from either side, still give back the exact state.
 */
class TraceCursorChunksTest {
    @Test
    void jumpsAcrossChunksRestoreEveryOperationsState() {
        Options options = new Options();
        options.set("mem-access", "on");
        Machine m = new Machine(Arch.ARM64, 40, options);
        Domain guest = m.createDomain("guest", 1, 1);
        List<Long> positions = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        for (int op = 0; op < 6; op++) {
            positions.add(m.trace().size());
            hashes.add(m.stateHash());
            m.trace().beginOperation("populate " + op);
            assertEquals(0, guest.p2m().populate(new Gfn(0x40000 + op * 4096L), 4096));
        }
        assertEquals(0, guest.destroy());
        Trace trace = m.trace();
        positions.add(trace.size());
        hashes.add(m.stateHash());
        assertTrue(trace.size() > 3 * 65_536, "the trace spans more than three chunks: " + trace.size() + " events");

        FrameStore frames = m.frames();
        TraceCursor cursor = new TraceCursor(trace, frames);
        int[] order = {3, 0, 6, 1, 5, 2, 4, 0, 6};
        for (int i : order) {
            cursor.seek(positions.get(i));
            assertEquals(hashes.get(i), frames.stateHash(), "state before operation " + i);
        }
        // an event inside a chunk, reached from the start and from the end, is the same state
        long middle = 65_536 * 2 + 12_345;
        cursor.seek(0);
        cursor.seek(middle);
        long fromStart = frames.stateHash();
        cursor.toEnd();
        cursor.seek(middle);
        assertEquals(fromStart, frames.stateHash());
        cursor.seek(65_536);
        cursor.seek(65_535);
        cursor.seek(65_537);
        cursor.seek(middle);
        assertEquals(fromStart, frames.stateHash(), "single steps over a chunk boundary");
    }
}
