package org.p2mdbg.ui.dump;

import java.util.List;

import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.core.decode.DecodedWalks;
import org.p2mdbg.core.decode.DescriptorFormat;
import org.p2mdbg.core.dump.DescriptorKind;
import org.p2mdbg.core.dump.PagingFormat;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.ui.BrowsableNode;
import org.p2mdbg.ui.InspectableEntry;
import org.p2mdbg.ui.WalkTarget;

/**
 * One entry of a dumped table, as read when its table was opened: a node of the Page Tables tree
 * (a table entry opens onto the next table), an entry the inspector decodes in the dump's format,
 * and the walk of the first address it translates for the walk diagram.
 */
public record DumpEntry(DumpTable table, int index, long descriptor) implements BrowsableNode, InspectableEntry, WalkTarget {
    /** The first virtual address this entry translates. */
    public long va() { return table.region().va(table.offset() + ((long) index << table.region().format().indexShift(table.level()))); }

    @Override
    public String label() {
        PagingFormat f = table.region().format();
        int level = table.level();
        String to = switch (f.kind(descriptor, level)) {
            case TABLE -> " → table @ PA " + Hex.of(f.tableAddress(descriptor, level));
            case LEAF -> " → PA " + Hex.of(f.outputAddress(descriptor, level));
            default -> "";
        };
        return "[" + index + "] VA " + Hex.of(va()) + ": " + f.describe(descriptor, level) + to;
    }

    @Override
    public Object[] children() {
        PagingFormat f = table.region().format();
        int level = table.level();
        if (f.kind(descriptor, level) != DescriptorKind.TABLE) {
            return new Object[0];
        }
        int child = f.childLevel(level);
        int entries = 1 << (f.indexShift(level) - f.indexShift(child));
        long offset = table.offset() + ((long) index << f.indexShift(level));
        return new Object[] {new DumpTable(table.root(), table.region(), child, f.tableAddress(descriptor, level), entries, offset, this)};
    }

    @Override
    public boolean hasChildren() { return table.region().format().kind(descriptor, table.level()) == DescriptorKind.TABLE; }

    /** The table, or the page of it that holds this entry when the table is shown in pages (reads the table again: for reveal only). */
    @Override
    public Object parent() {
        for (Object c : table.children()) {
            if (c instanceof DumpTablePage p && index >= p.from() && index < p.from() + DumpTablePage.SIZE) {
                return p;
            }
        }
        return table;
    }

    // ---- inspected ----

    @Override
    public String title() {
        return table.root().dump().file().getFileName() + " " + table.region().name() + " — " + format().levelName(level()) + " table PA "
                + Hex.of(table.pa()) + "[" + index + "] (" + format().formatName() + ")";
    }

    @Override
    public int level() { return table.level(); }

    @Override
    public DescriptorFormat format() { return table.root().dump().format(table.region()); }

    /** A dump does not change: the value read when the table was opened. */
    @Override
    public long value() { return descriptor; }

    // ---- walked ----

    @Override
    public List<DecodedWalk> walks() {
        GuestDump dump = table.root().dump();
        return List.of(DecodedWalks.of(dump.file().getFileName() + " VA " + Hex.of(va()), dump.format(table.region()),
                dump.space().translate(new Va(va()))));
    }
}
