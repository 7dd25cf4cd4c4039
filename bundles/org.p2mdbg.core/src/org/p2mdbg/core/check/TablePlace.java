package org.p2mdbg.core.check;

/**
 * Where a table frame sits in a tree: which root (index into the context's roots), its level, and
 * the first input frame (gfn, vfn or dfn) its entry 0 translates.
 */
record TablePlace(int rootIndex, TableRoot root, int level, long firstFrame) {
    EntryFormat format() { return root.format(); }

    /** The input frame entry {@code index} of this table translates first. */
    long inputFrame(int index) { return firstFrame + ((long) index << format().order(level)); }

    /** log2 of the input frames entry {@code index} covers: its level's order. */
    int inputOrder() { return format().order(level); }

    /**
     * log2 of the output frames a valid descriptor here reaches: a table descriptor reaches one
     * frame (the next table), a mapping its level's size.
     */
    int outputOrder(long descriptor) { return isTable(descriptor) ? 0 : inputOrder(); }

    boolean isTable(long descriptor) { return level < format().leafLevel() && format().isTable(descriptor, level); }
}
