package org.p2mdbg.ui;

/**
 * A node the Page Tables tree shows that is not part of the session's model (a guest dump's tables):
 * it names itself and makes its children only when asked, so a tree of any size opens lazily.
 */
public interface BrowsableNode {
    String label();

    /** The children, made (and their tables read) now. */
    Object[] children();

    /** Whether the node may have children, answered without reading them. */
    boolean hasChildren();

    /** The parent node, or null for a root. */
    Object parent();
}
