package org.p2mdbg.core.walk;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;

/** The single port through which a walk reads a descriptor (traced for emulation, untraced for views). */
@FunctionalInterface
public interface TableReader {
    long read(Mfn table, int index);

    /**
     * Reads {@code count} consecutive descriptors of a table from {@code index} into
     * {@code out[at..]}: the same reads as one {@link #read} each, which is what this default does.
     */
    default void readRun(Mfn table, int index, long[] out, int at, int count) {
        for (int k = 0; k < count; k++) {
            out[at + k] = read(table, index + k);
        }
    }

    /** The untraced reader of a frame store (its peek), which copies a run of descriptors at once. */
    static TableReader untraced(FrameStore frames) {
        return new TableReader() {
            @Override public long read(Mfn table, int index) { return frames.peek(table, index); }

            @Override public void readRun(Mfn table, int index, long[] out, int at, int count) {
                frames.peekRun(table.value(), index, out, at, count);
            }
        };
    }
}
