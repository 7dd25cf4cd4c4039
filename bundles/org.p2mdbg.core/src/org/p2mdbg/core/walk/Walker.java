package org.p2mdbg.core.walk;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Mfn;

/**
 * The LPAE (4 KiB granule) table walk, level by level, reading only through a {@link TableReader}.
 * It has no side effects of its own, so the same code serves the emulated algorithms (with a
 * traced reader) and the views (with an untraced one).
 */
public final class Walker {
    private Walker() {}

    /** Walks the translation of one frame number (a GFN for stage 2, a VFN for stage 1). */
    public static WalkResult walk(TableReader reader, WalkRequest request, long frameNumber) {
        List<WalkStep> steps = new ArrayList<>(4);
        int level = request.rootLevel();
        Mfn table = rootPage(request, frameNumber);
        while (true) {
            int index = Lpae.tableOffset(frameNumber, level);
            long d = reader.read(table, index);
            steps.add(new WalkStep(level, table, index, d));
            int order = Lpae.levelOrder(level);
            if (!Lpae.isValid(d) || (level == 3 && !Lpae.isMapping(d, 3))) {
                return new WalkResult(steps, Mfn.INVALID, order, level);
            }
            if (Lpae.isMapping(d, level)) {
                long within = frameNumber & ((1L << order) - 1);
                return new WalkResult(steps, Lpae.mfn(d).add(within), order, -1);
            }
            table = Lpae.mfn(d);
            level++;
        }
    }

    /** Which page of a concatenated root holds the entry for this frame number. */
    public static Mfn rootPage(WalkRequest request, long frameNumber) {
        int above = Lpae.levelOrder(request.rootLevel()) + Lpae.LEVEL_SHIFT;
        long page = (frameNumber >>> above) & (request.rootPages() - 1);
        return request.root().add(page);
    }
}
