package org.p2mdbg.ui.dump;

import java.util.List;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.ui.BrowsableNode;

/**
 * A run of up to {@link #SIZE} indices of a large dumped table (a full x86 page table, a 64 KiB
 * granule's 8192-entry table), so that opening the table makes a few page nodes, not thousands of
 * entries; its valid entries were read with the table.
 */
public record DumpTablePage(DumpTable table, int from, List<DumpEntry> entries) implements BrowsableNode {
    public static final int SIZE = 64;

    @Override
    public String label() {
        int shift = table.region().format().indexShift(table.level());
        long first = table.region().va(table.offset() + ((long) from << shift));
        long last = table.region().va(table.offset() + ((long) (from + SIZE) << shift) - 1);
        return "[" + from + ".." + (from + SIZE - 1) + "] VA " + Hex.of(first) + "–" + Hex.of(last) + " (" + entries.size() + " valid)";
    }

    @Override
    public Object[] children() { return entries.toArray(); }

    @Override
    public boolean hasChildren() { return !entries.isEmpty(); }

    @Override
    public Object parent() { return table; }
}
