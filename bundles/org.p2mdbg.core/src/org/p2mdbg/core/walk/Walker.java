package org.p2mdbg.core.walk;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Translates {@code out.length} consecutive frame numbers from {@code first}: out[i] is the MFN
     * that {@code first + i} maps to, or -1 (INVALID) where {@link #walk} faults. The same walk, but
     * each table is read once for the whole range rather than once per frame from the root: a run of
     * a level-3 table costs one read per entry, a block or a hole one read for all its frames.
     */
    public static void translateRange(TableReader reader, WalkRequest request, long first, long[] out) {
        int n = 0;
        while (n < out.length) {
            long f = first + n;
            int level = request.rootLevel();
            Mfn table = rootPage(request, f);
            int index = Lpae.tableOffset(f, level);
            long d = reader.read(table, index);
            while (Lpae.isValid(d) && level < 3 && !Lpae.isMapping(d, level)) {
                table = Lpae.mfn(d);
                level++;
                index = Lpae.tableOffset(f, level);
                d = reader.read(table, index);
            }
            if (level == 3) {
                // the rest of this level-3 table, entry by entry
                int span = Math.min(Lpae.ENTRIES - index, out.length - n);
                out[n] = d;
                reader.readRun(table, index + 1, out, n + 1, span - 1);
                toFrames(out, n, n + span);
                n += span;
                continue;
            }
            // a block or a hole of this level's size: the frames up to its end, or the range's
            long size = 1L << Lpae.levelOrder(level);
            long within = f & (size - 1);
            int span = (int) Math.min(size - within, out.length - n);
            if (Lpae.isValid(d)) {
                long base = Lpae.OUTPUT_ADDRESS.get(d) + within;
                for (int k = 0; k < span; k++) {
                    out[n + k] = base + k;
                }
            } else {
                Arrays.fill(out, n, n + span, -1L);
            }
            n += span;
        }
    }

    /**
     * Level-3 descriptors in out[from..to) replaced by the frame each maps, or -1 where it is not a
     * page: {@code isMapping(e, 3) ? OA(e) : -1} without a branch, so that the JIT can vectorise the
     * loop (this is most of translateRange's work beside reading the tables).
     */
    private static void toFrames(long[] out, int from, int to) {
        long oa = Lpae.OUTPUT_ADDRESS.mask();
        for (int k = from; k < to; k++) {
            long e = out[k];
            long page = -(((e & 3L) + 1) >>> 2);   // all ones when bits[1:0] are 0b11, else 0
            out[k] = ((e & oa) >>> Lpae.OUTPUT_ADDRESS.lo()) & page | ~page;
        }
    }

    /** Which page of a concatenated root holds the entry for this frame number. */
    public static Mfn rootPage(WalkRequest request, long frameNumber) {
        int above = Lpae.levelOrder(request.rootLevel()) + Lpae.LEVEL_SHIFT;
        long page = (frameNumber >>> above) & (request.rootPages() - 1);
        return request.root().add(page);
    }
}
