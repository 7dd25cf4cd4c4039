package org.p2mdbg.ui.dump;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.dump.DescriptorKind;
import org.p2mdbg.core.dump.MemoryNotInDumpException;
import org.p2mdbg.core.dump.PagingFormat;
import org.p2mdbg.core.dump.PagingRegion;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.ui.BrowsableNode;

/**
 * One table of a dump: read from the dump when the node is opened, never before; its children are
 * the entries that are not invalid, grouped in {@link DumpTablePage}s when there are many.
 *
 * @param offset the region offset of the table's first entry (the VA it starts at, without fill bits)
 * @param parent the root or the entry that points here
 */
public record DumpTable(DumpRoot root, PagingRegion region, int level, long pa, int entries, long offset, Object parent)
        implements BrowsableNode {
    @Override
    public String label() {
        PagingFormat f = region.format();
        long end = offset + ((long) entries << f.indexShift(level)) - 1;
        return region.name() + " " + root.dump().format(region).levelName(level) + " table @ PA " + Hex.of(pa) + " — VA "
                + Hex.of(region.va(offset)) + "–" + Hex.of(region.va(end))
                + (root.dump().core().memory().contains(new Pa(pa)) ? "" : " (not in the dump)");
    }

    @Override
    public Object[] children() {
        long[] descriptors = new long[entries];
        try {
            root.dump().core().memory().readTable(new Pa(pa), descriptors, entries);
        } catch (MemoryNotInDumpException e) {
            return new Object[0];
        }
        List<DumpEntry> shown = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            if (region.format().kind(descriptors[i], level) != DescriptorKind.INVALID) {
                shown.add(new DumpEntry(this, i, descriptors[i]));
            }
        }
        return shown.size() <= DumpTablePage.SIZE ? shown.toArray() : pages(shown).toArray();
    }

    /** The valid entries grouped by runs of {@link DumpTablePage#SIZE} indices. */
    private List<DumpTablePage> pages(List<DumpEntry> valid) {
        List<DumpTablePage> pages = new ArrayList<>();
        int at = 0;
        while (at < valid.size()) {
            int from = valid.get(at).index() / DumpTablePage.SIZE * DumpTablePage.SIZE;
            int end = at;
            while (end < valid.size() && valid.get(end).index() < from + DumpTablePage.SIZE) {
                end++;
            }
            pages.add(new DumpTablePage(this, from, List.copyOf(valid.subList(at, end))));
            at = end;
        }
        return pages;
    }

    @Override
    public boolean hasChildren() { return true; }
}
