package org.p2mdbg.ui.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.diff.EntryChange;
import org.p2mdbg.core.diff.ReferenceChange;
import org.p2mdbg.core.diff.TableTree;
import org.p2mdbg.core.diff.TreeDifference;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.RunResult;

/**
 * The rows of a checkpoint diff: per table tree (a domain's p2m, Xen's tables) the tables
 * allocated and freed and the entries changed (old → new, decoded), then the reference counts
 * that changed and the findings proven in between. Lists longer than a page open a page at a time.
 */
final class DiffTree {
    /** The most rows one node opens at once; longer lists open as pages. */
    static final int PAGE = 100;

    private DiffTree() {}

    static List<DiffNode> of(RunResult r, List<TreeDifference> trees, List<ReferenceChange> references, long from, long to) {
        List<DiffNode> out = new ArrayList<>();
        for (TreeDifference d : trees) {
            out.add(tree(d));
        }
        out.add(paged("reference counts changed", references, c -> DiffNode.leaf("MFN " + Hex.of(c.mfn().value()) + ": " + c.before()
                + " → " + c.after())));
        List<Finding> found = r.findings().stream().filter(f -> f.event() >= Math.min(from, to) && f.event() < Math.max(from, to)).toList();
        out.add(paged("findings new", found, f -> DiffNode.leaf(f.rule() + " @" + f.event() + ": " + f.message())));
        return out;
    }

    private static DiffNode tree(TreeDifference d) {
        TableTree t = d.tree();
        String title = (t.isXen() ? "Xen's page tables" : "domain " + t.name()) + presence(d) + ": " + d.count("added") + " added, "
                + d.count("removed") + " removed, " + d.count("changed") + " changed; " + d.allocated().size() + " tables allocated, "
                + d.freed().size() + " freed";
        List<DiffNode> parts = List.of(
                paged("tables allocated", d.allocated(), m -> DiffNode.leaf("MFN " + Hex.of(m))),
                paged("tables freed", d.freed(), m -> DiffNode.leaf("MFN " + Hex.of(m))),
                paged("entries changed", d.changes(), c -> DiffNode.entry(entry(t, c), t, c)));
        return DiffNode.group(title, parts.size(), () -> parts);
    }

    private static String presence(TreeDifference d) {
        if (d.presentBefore() == d.presentAfter()) {
            return d.presentBefore() ? "" : " (absent at both)";
        }
        return d.presentAfter() ? " (created in between)" : " (torn down in between)";
    }

    /** "removed  level 3  gfn 0x40000: 0x34…7ff page 0x40200 → 0x0 invalid". */
    static String entry(TableTree t, EntryChange c) {
        String frames = t.frameName() + " " + Hex.of(c.firstFrame()) + (c.frames() == 1 ? "" : ".." + Hex.of(c.firstFrame() + c.frames() - 1));
        return c.kind() + "  level " + c.level() + "  " + frames + ": " + descriptor(c.before(), c.level()) + " → "
                + descriptor(c.after(), c.level());
    }

    private static String descriptor(long d, int level) {
        return Hex.of(d) + " (" + Lpae.describe(d, level) + (Lpae.isValid(d) ? " " + Lpae.mfn(d) : "") + ")";
    }

    /** A node "name (n)" whose rows are made when opened, a page of PAGE at a time when there are more. */
    private static <T> DiffNode paged(String name, List<T> items, Function<T, DiffNode> row) {
        return DiffNode.group(name + " (" + items.size() + ")", items.size(), () -> pages(items, 0, items.size(), row));
    }

    private static <T> List<DiffNode> pages(List<T> items, int from, int to, Function<T, DiffNode> row) {
        int n = to - from;
        List<DiffNode> out = new ArrayList<>();
        if (n <= PAGE) {
            for (int i = from; i < to; i++) {
                out.add(row.apply(items.get(i)));
            }
            return out;
        }
        // pages of PAGE, of PAGE pages, ... so that no node has more than PAGE rows
        long span = PAGE;
        while (span * PAGE < n) {
            span *= PAGE;
        }
        for (int start = from; start < to; start += (int) span) {
            int end = (int) Math.min(to, start + span);
            int first = start;
            out.add(DiffNode.group("[" + start + ".." + (end - 1) + "]", end - start, () -> pages(items, first, end, row)));
        }
        return out;
    }
}
