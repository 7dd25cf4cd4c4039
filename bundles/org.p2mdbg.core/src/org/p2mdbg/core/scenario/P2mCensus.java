package org.p2mdbg.core.scenario;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;

/**
 * Counts what a table tree maps by reading it the way the hardware would, without tracing
 * (FrameStore.peek): every valid mapping entry adds the 4 KiB frames it covers.
 */
final class P2mCensus {
    private P2mCensus() {}

    static long mappedFrames(FrameStore frames, WalkRequest root) {
        long n = 0;
        for (int page = 0; page < root.rootPages(); page++) {
            n += mappedFrames(frames, root.root().add(page), root.rootLevel());
        }
        return n;
    }

    private static long mappedFrames(FrameStore frames, Mfn table, int level) {
        long n = 0;
        for (int i = 0; i < Lpae.ENTRIES; i++) {
            long d = frames.peek(table, i);
            if (Lpae.isTable(d, level)) {
                // a table pointer to a frame that does not exist maps nothing a walk could reach
                n += frames.exists(Lpae.mfn(d)) ? mappedFrames(frames, Lpae.mfn(d), level + 1) : 0;
            } else if (Lpae.isMapping(d, level)) {
                n += 1L << Lpae.levelOrder(level);
            }
        }
        return n;
    }
}
