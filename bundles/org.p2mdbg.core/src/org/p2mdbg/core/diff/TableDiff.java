package org.p2mdbg.core.diff;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.Lpae;

/**
 * The structural difference of one tree between two snapshots: both trees are walked side by side
 * from the root, entry by entry in address order, descending wherever either side has a table, so
 * a sub-tree that exists on one side only shows as all its entries added or removed.
 */
public final class TableDiff {
    private final TreeSnapshot before;
    private final TreeSnapshot after;
    private final List<EntryChange> changes = new ArrayList<>();

    private TableDiff(TreeSnapshot before, TreeSnapshot after) {
        this.before = before;
        this.after = after;
    }

    /** The differing entries in address order (a table entry before the entries below it). */
    public static List<EntryChange> of(TableTree tree, TreeSnapshot before, TreeSnapshot after) {
        TableDiff d = new TableDiff(before, after);
        int level = tree.root().level();
        long pageSpan = (long) Lpae.ENTRIES << Lpae.levelOrder(level);
        for (int p = 0; p < tree.root().pages(); p++) {
            long page = tree.root().mfn().value() + p;
            d.compare(before.table(page), after.table(page), level, p * pageSpan);
        }
        return d.changes;
    }

    private void compare(long[] was, long[] is, int level, long firstFrame) {
        int order = Lpae.levelOrder(level);
        for (int i = 0; i < Lpae.ENTRIES; i++) {
            long a = was == null ? 0 : was[i];
            long b = is == null ? 0 : is[i];
            long entryFrame = firstFrame + ((long) i << order);
            if (a != b) {
                changes.add(new EntryChange(level, entryFrame, a, b));
            }
            if (level < 3) {
                long[] childWas = Lpae.isTable(a, level) ? before.table(Lpae.mfn(a).value()) : null;
                long[] childIs = Lpae.isTable(b, level) ? after.table(Lpae.mfn(b).value()) : null;
                if (childWas != null || childIs != null) {
                    compare(childWas, childIs, level + 1, entryFrame);
                }
            }
        }
    }
}
