package org.p2mdbg.ui.dump;

import java.util.List;

import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.core.decode.DecodedWalks;
import org.p2mdbg.core.dump.PagingRegion;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.ui.WalkTarget;

/** The walk of one virtual address of a dump, for the walk diagram: what the Guest Dump view selects. */
public record DumpAddressWalk(GuestDump dump, long va) implements WalkTarget {
    @Override
    public String title() { return dump.file().getFileName() + " VA " + Hex.of(va); }

    @Override
    public List<DecodedWalk> walks() {
        PagingRegion region = dump.space().regions().stream().filter(r -> r.selects(va)).findFirst().orElseThrow();
        return List.of(DecodedWalks.of(title(), dump.format(region), dump.space().translate(new Va(va))));
    }
}
