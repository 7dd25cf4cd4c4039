package org.p2mdbg.core.diff;

import java.util.HashMap;
import java.util.Map;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;

/**
 * A copy of every table of one tree reachable from its root at the store's current state: what a
 * diff compares after the trace cursor has moved on. Absent (no table) while the root pages are not
 * the tree's tables.
 */
public final class TreeSnapshot {
    private final TableTree tree;
    private final Map<Long, long[]> tables = new HashMap<>();

    private TreeSnapshot(TableTree tree) { this.tree = tree; }

    public static TreeSnapshot take(TableTree tree, FrameStore frames) {
        TreeSnapshot s = new TreeSnapshot(tree);
        if (tree.liveIn(frames)) {
            for (int p = 0; p < tree.root().pages(); p++) {
                s.copy(frames, tree.root().mfn().add(p), tree.root().level());
            }
        }
        return s;
    }

    /** Copies a table and, below it, every table its table descriptors point to (levels only go down). */
    private void copy(FrameStore frames, Mfn table, int level) {
        long[] contents = frames.snapshot(table);
        tables.put(table.value(), contents);
        if (level == 3) {
            return;
        }
        for (long d : contents) {
            if (Lpae.isTable(d, level)) {
                Mfn child = Lpae.mfn(d);
                if (!tables.containsKey(child.value()) && frames.exists(child) && frames.kind(child) == tree.root().kind()) {
                    copy(frames, child, level + 1);
                }
            }
        }
    }

    public boolean isPresent() { return !tables.isEmpty(); }

    /** The descriptors of a reachable table, or null. */
    public long[] table(long mfn) { return tables.get(mfn); }
}
