package org.p2mdbg.ui.tables;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TreePath;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.LiveTable;

/**
 * The descriptors a walk of one input frame goes through, from the root table down to the entry
 * that maps it (or the invalid one where the walk stops), made in the live model along that path
 * only: going to an address in a 64 GiB p2m makes a handful of objects.
 */
public record AddressRoute(AddressSpace space, long frame, List<Descriptor> descriptors) {
    /** @throws IllegalArgumentException when the space has no tables now, or the frame is beyond its input size */
    public static AddressRoute find(AddressSpace space, long frame) {
        TranslationTables tables = space.tables();
        if (tables.getTables().isEmpty()) {
            throw new IllegalArgumentException(space.name() + " has no page tables at this point of the trace");
        }
        long input = frame << Mfn.PAGE_SHIFT;
        // the root page whose range holds the address (a PV mm's pgd comes before its user pgd)
        Table table = null;
        for (Table t : tables.getTables()) {
            if (frame >>> (64 - Mfn.PAGE_SHIFT) == 0 && Long.compareUnsigned(input, t.getInputStart()) >= 0
                    && Long.compareUnsigned(input, t.getInputEnd()) <= 0) {
                table = t;
                break;
            }
        }
        if (table == null) {
            Table last = tables.getTables().get(tables.getTables().size() - 1);
            throw new IllegalArgumentException("frame " + Hex.of(frame) + " is beyond the " + ((last.getInputEnd() >>> Mfn.PAGE_SHIFT) + 1)
                    + " frames " + space.name() + "'s tables translate");
        }
        List<Descriptor> path = new ArrayList<>();
        while (true) {
            LiveTable live = (LiveTable) table;
            Descriptor d = live.descriptor(live.indexOf(input));
            path.add(d);
            if (d.getKind() != DescriptorKind.TABLE || d.getChild() == null) {
                return new AddressRoute(space, frame, List.copyOf(path));
            }
            table = d.getChild();
        }
    }

    /** The last descriptor: the mapping of the frame, or the entry where its walk stops. */
    public Descriptor target() { return descriptors.get(descriptors.size() - 1); }

    /** The route as a path of the Page Tables tree, through the page nodes of the tables that are paged. */
    TreePath treePath(PageTablesContentProvider tree) {
        List<Object> segments = new ArrayList<>(space.path());
        for (Descriptor d : descriptors) {
            Table t = (Table) d.eContainer();
            segments.add(t);
            if (tree.isPaged(t)) {
                segments.add(DescriptorPage.holding(t, d.getIndex()));
            }
            segments.add(d);
        }
        return new TreePath(segments.toArray());
    }
}
