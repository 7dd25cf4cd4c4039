package org.p2mdbg.ui.dump;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.dump.PagingRegion;
import org.p2mdbg.ui.BrowsableNode;

/** A dump in the Page Tables tree: its root tables, one per enabled region (CR3; TTBR0_EL1 and TTBR1_EL1). */
public record DumpRoot(GuestDump dump) implements BrowsableNode {
    @Override
    public String label() { return dump.file().getFileName() + " — " + dump.space().description(); }

    @Override
    public Object[] children() {
        List<DumpTable> tables = new ArrayList<>();
        for (PagingRegion r : dump.space().regions()) {
            if (r.enabled()) {
                tables.add(new DumpTable(this, r, r.rootLevel(), r.root().value(), r.rootEntries(), 0, this));
            }
        }
        return tables.toArray();
    }

    @Override
    public boolean hasChildren() { return dump.space().regions().stream().anyMatch(PagingRegion::enabled); }

    @Override
    public Object parent() { return null; }
}
