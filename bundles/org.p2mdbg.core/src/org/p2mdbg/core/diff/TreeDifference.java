package org.p2mdbg.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;

/**
 * How one table tree differs between two trace positions: whether it exists at each, its entries
 * added, removed and changed (in address order), and the table frames allocated and freed in
 * between. The CLI's {@code diff} and the IDE's Checkpoint Diff view both show these.
 */
public record TreeDifference(TableTree tree, boolean presentBefore, boolean presentAfter, List<EntryChange> changes,
        List<Long> allocated, List<Long> freed) {
    public TreeDifference {
        changes = List.copyOf(changes);
        allocated = List.copyOf(allocated);
        freed = List.copyOf(freed);
    }

    /** How many changes are of a kind ("added", "removed", "changed"). */
    public long count(String kind) { return changes.stream().filter(c -> c.kind().equals(kind)).count(); }

    public boolean isEmpty() { return changes.isEmpty() && allocated.isEmpty() && freed.isEmpty(); }

    /**
     * The differences of each tree between positions {@code from} and {@code to} (events before
     * each). Moves {@code cursor}, the cursor of the run's machine, to both positions and back to
     * where it was: nothing may read the machine meanwhile.
     */
    public static List<TreeDifference> between(RunResult r, TraceCursor cursor, List<TableTree> trees, long from, long to) {
        long was = cursor.position();
        try {
            cursor.seek(from);
            List<TreeSnapshot> before = new ArrayList<>();
            for (TableTree t : trees) {
                before.add(TreeSnapshot.take(t, r.machine().frames()));
            }
            cursor.seek(to);
            List<TreeDifference> out = new ArrayList<>();
            for (int i = 0; i < trees.size(); i++) {
                TableTree t = trees.get(i);
                TreeSnapshot after = TreeSnapshot.take(t, r.machine().frames());
                Map<Long, Integer> net = tableFrames(r.trace(), t, from, to);
                List<Long> allocated = new ArrayList<>();
                List<Long> freed = new ArrayList<>();
                net.forEach((mfn, n) -> (n > 0 ? allocated : freed).add(mfn));
                out.add(new TreeDifference(t, before.get(i).isPresent(), after.isPresent(), TableDiff.of(t, before.get(i), after),
                        allocated, freed));
            }
            return out;
        } finally {
            cursor.seek(was);
        }
    }

    /**
     * The tree's table frames allocated (+1) or freed (-1) between the positions, from the
     * FRAME_ALLOC / FRAME_FREE events in between; a frame allocated and freed again nets out.
     */
    private static Map<Long, Integer> tableFrames(Trace trace, TableTree tree, long from, long to) {
        Map<Long, Integer> net = new TreeMap<>();
        int kind = tree.root().kind().ordinal();
        int sign = from <= to ? 1 : -1;
        for (long e = Math.min(from, to); e < Math.max(from, to); e++) {
            EventKind k = trace.kind(e);
            if (k == EventKind.FRAME_ALLOC && (trace.b(e) & 0xff) == kind && (int) trace.c(e) == tree.root().owner()) {
                net.merge(trace.a(e), sign, Integer::sum);
            } else if (k == EventKind.FRAME_FREE && trace.b(e) == kind && (int) trace.c(e) == tree.root().owner()) {
                net.merge(trace.a(e), -sign, Integer::sum);
            }
        }
        net.values().removeIf(n -> n == 0);
        return net;
    }
}
