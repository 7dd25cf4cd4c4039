package org.p2mdbg.model.live;

import java.util.function.Function;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;

/**
 * Where a tree of live tables reads its entries and how it decodes them: the frame store, the
 * descriptor format, and (for an x86 PV guest's tables) the type word Xen keeps for each table frame.
 *
 * @param pageTypes a table frame's type word as text, "" where the tables have none
 */
record TableSource(FrameStore frames, DescriptorFormat format, Function<Mfn, String> pageTypes) {
    /** Tables with no type words (a p2m, Xen's tables, IOMMU tables). */
    static TableSource of(FrameStore frames, DescriptorFormat format) { return new TableSource(frames, format, mfn -> ""); }

    /** An entry of a table, peeked: a frame that is gone (its allocation undone by stepping back) reads as zeros, like a free one. */
    long entry(Mfn table, int index) { return frames.exists(table) ? frames.peek(table, index) : 0L; }
}
