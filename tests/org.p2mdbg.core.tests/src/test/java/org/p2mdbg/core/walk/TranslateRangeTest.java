package org.p2mdbg.core.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.xen.arm.P2mType;

/**
 * Walker.translateRange reads each table once for a whole range and must answer exactly what a
 * walk from the root answers for every frame, with a reader of one descriptor at a time and with
 * the frame store's reader of runs: across holes, a 1 GiB block shattered down to 4 KiB,
 * 2 MiB blocks, 4 KiB pages and the edges of the output buffers.
 */
class TranslateRangeTest {
    @Test
    void everyFrameTranslatesAsItsOwnWalkDoes() {
        Machine m = new Machine(Arch.ARM64, 40, new Options());
        Domain guest = m.createDomain("guest", 1, 1);
        assertEquals(0, guest.p2m().insertMapping(new Gfn(0x40000), 1 << 18, new Mfn(0x10000000L), P2mType.MMIO_DIRECT_C));
        assertEquals(0, guest.p2m().removeMapping(new Gfn(0x40123), 1));   // shatters the block down to level 3
        assertEquals(0, guest.p2m().populate(new Gfn(0x80000), 1000));       // one 2 MiB extent, then 4 KiB pages
        assertEquals(0, guest.p2m().insertMapping(new Gfn(0xC0200), 512, new Mfn(0x20000000L), P2mType.MMIO_DIRECT_DEV));
        FrameStore frames = m.frames();
        WalkRequest request = guest.p2m().walkRequest();

        long first = 0x3FF00;
        long frameCount = 0x90000;
        long[] buffer = new long[777];   // not a multiple of any table: ranges start and end mid-table
        long[] byRuns = new long[buffer.length];
        long mapped = 0;
        for (long start = first; start < first + frameCount; start += buffer.length) {
            Walker.translateRange(frames::peek, request, start, buffer);   // one read at a time
            Walker.translateRange(TableReader.untraced(frames), request, start, byRuns);   // runs copied at once
            for (int i = 0; i < buffer.length; i++) {
                WalkResult w = Walker.walk(frames::peek, request, start + i);
                assertEquals(w.output().value(), buffer[i], "frame " + Long.toHexString(start + i));
                assertEquals(w.output().value(), byRuns[i], "frame " + Long.toHexString(start + i) + " read by runs");
                mapped += w.isMapped() ? 1 : 0;
            }
        }
        // the block less its hole, the populated pages, the 2 MiB device block
        assertEquals((1 << 18) - 1 + 1000 + 512, mapped);
    }
}
