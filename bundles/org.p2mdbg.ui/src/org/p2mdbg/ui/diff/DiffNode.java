package org.p2mdbg.ui.diff;

import java.util.List;
import java.util.function.Supplier;

import org.p2mdbg.core.diff.EntryChange;
import org.p2mdbg.core.diff.TableTree;

/**
 * A row of the Checkpoint Diff tree: a text and, made only when the row is first opened, its
 * children (a big diff makes rows only for what is looked at). An entry row also knows its tree
 * and change, so a double-click can go to the entry.
 */
public final class DiffNode {
    private final String text;
    private final int childCount;
    private final Supplier<List<DiffNode>> children;
    private final TableTree tree;
    private final EntryChange change;
    private List<DiffNode> made;

    private DiffNode(String text, int childCount, Supplier<List<DiffNode>> children, TableTree tree, EntryChange change) {
        this.text = text;
        this.childCount = childCount;
        this.children = children;
        this.tree = tree;
        this.change = change;
    }

    /** A row with {@code count} children, made by {@code children} when it opens. */
    static DiffNode group(String text, int count, Supplier<List<DiffNode>> children) {
        return new DiffNode(text, count, children, null, null);
    }

    static DiffNode leaf(String text) { return new DiffNode(text, 0, List::of, null, null); }

    static DiffNode entry(String text, TableTree tree, EntryChange change) { return new DiffNode(text, 0, List::of, tree, change); }

    public String text() { return text; }

    public boolean hasChildren() { return childCount > 0; }

    public List<DiffNode> children() {
        if (made == null) {
            made = List.copyOf(children.get());
        }
        return made;
    }

    /** The tree an entry row's change is in (null for other rows). */
    public TableTree tree() { return tree; }

    /** An entry row's change (null for other rows). */
    public EntryChange change() { return change; }

    @Override public String toString() { return text; }
}
