package org.p2mdbg.core.scenario;

import java.util.function.LongConsumer;

import org.p2mdbg.core.check.EntryFormat;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;

/**
 * The input frames a table tree maps within a range, read without tracing (FrameStore.peek):
 * subtrees outside the range are skipped, so the work follows what is mapped there, not the size of
 * the address space.
 */
final class MappedFrames {
    private MappedFrames() {}

    /**
     * Calls {@code out} with every 4 KiB input frame in [lo, hi] that the tree reaches, in increasing
     * order. {@code rootPages} concatenated root pages each cover 512 entries of the root level.
     */
    static void each(FrameStore frames, EntryFormat format, Mfn root, int rootLevel, int rootPages, long lo, long hi,
                     LongConsumer out) {
        long pageSpan = 512L << format.order(rootLevel);
        for (int page = 0; page < rootPages; page++) {
            each(frames, format, root.add(page), rootLevel, page * pageSpan, lo, hi, out);
        }
    }

    private static void each(FrameStore frames, EntryFormat format, Mfn table, int level, long base, long lo, long hi,
                             LongConsumer out) {
        long span = 1L << format.order(level);
        for (int i = 0; i < 512; i++) {
            long first = base + i * span;
            long last = first + span - 1;
            if (last < lo || first > hi) {
                continue;
            }
            long d = frames.peek(table, i);
            if (!format.isValid(d)) {
                continue;
            }
            if (format.isTable(d, level)) {
                // a table pointer to a frame that does not exist maps nothing a walk could reach
                Mfn next = new Mfn(format.outputFrame(d));
                if (frames.exists(next)) {
                    each(frames, format, next, level + 1, first, lo, hi, out);
                }
            } else {
                for (long f = Math.max(first, lo); f <= Math.min(last, hi); f++) {
                    out.accept(f);
                }
            }
        }
    }
}
