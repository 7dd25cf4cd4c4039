package org.p2mdbg.ui.graph;

import org.eclipse.swt.graphics.RGB;

/**
 * What a stretch of an input address space is, as the address map colours it: a hole, or a
 * mapping by its size, or a foreign mapping (a page of another domain: p2m type map_foreign in
 * the entry's software bits), which is what relinquish has to give back.
 */
public enum RunKind {
    HOLE("hole", new RGB(238, 238, 238)),
    PAGE_4K("4 KiB pages", new RGB(116, 173, 209)),
    BLOCK_2M("2 MiB blocks", new RGB(102, 189, 99)),
    BLOCK_1G("1 GiB blocks", new RGB(26, 152, 80)),
    FOREIGN("foreign mappings", new RGB(244, 109, 67)),
    /** Entries whose mapping relinquish already gave back (cleared or, with lookup / legacy, left in place). */
    RELINQUISHED("relinquished", new RGB(128, 115, 172));

    private final String label;
    private final RGB rgb;

    RunKind(String label, RGB rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    public String label() { return label; }

    public RGB rgb() { return rgb; }

    /** The kind of a mapping of a given order (0, 9, 18). */
    static RunKind ofOrder(int order) {
        return order >= 18 ? BLOCK_1G : order >= 9 ? BLOCK_2M : PAGE_4K;
    }
}
