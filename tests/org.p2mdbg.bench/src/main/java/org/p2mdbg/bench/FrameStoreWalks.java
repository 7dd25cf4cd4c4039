package org.p2mdbg.bench;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.MappedFrame;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.xen.arm.P2mPte;
import org.p2mdbg.core.xen.arm.P2mType;

/**
 * A second baseline of the 4 KiB populate: only the frame-store accesses __p2m_set_entry makes for
 * each page (the level-1 and level-2 reads from the root, the read of the old entry, the write of
 * the new one), each level's table kept mapped as P2m keeps it, on a fresh FrameStore, with the
 * tables allocated as they are first needed and no RAM frames, p2m, registers or trace. It tells
 * how much of the populate the walk from the root costs by itself (three dependent reads a page)
 * before any of the emulation's own work.
 */
final class FrameStoreWalks {
    private FrameStoreWalks() {}

    /** Maps {@code pages} gfns from {@code gfn} (1 GiB aligned) to consecutive MFNs; returns how many leaves were written. */
    static long populate(Gfn gfn, long pages, Mfn mfn) {
        FrameStore frames = new FrameStore(0x80000, 1L << 26);
        long root = frames.tryAllocateContiguous(2, FrameKind.P2M_TABLE, 1).value();
        long table = P2mPte.fromMfn(new Mfn(0), P2mType.INVALID);
        long leaf = P2mPte.fromMfn(new Mfn(0), P2mType.RAM_RW);
        MappedFrame[] mapped = {new MappedFrame(), new MappedFrame(), new MappedFrame()};
        long written = 0;
        for (long g = gfn.value(); g < gfn.value() + pages; g++) {
            long l1 = root + ((g >>> 27) & 1);
            long l2 = next(frames, mapped[0], l1, Lpae.tableOffset(g, 1), table);
            long l3 = next(frames, mapped[1], l2, Lpae.tableOffset(g, 2), table);
            int index = Lpae.tableOffset(g, 3);
            if (frames.read(mapped[2], l3, index) == 0) {
                frames.write(mapped[2], l3, index, leaf | (mfn.value() + written) << Mfn.PAGE_SHIFT);
                written++;
            }
        }
        return written;
    }

    /** The table an entry points to, made and linked first when the entry is empty (as p2m_next_level does). */
    private static long next(FrameStore frames, MappedFrame map, long table, int index, long tableBits) {
        long d = frames.read(map, table, index);
        if (d == 0) {
            long t = frames.allocate(FrameKind.P2M_TABLE, 1).value();
            d = tableBits | t << Mfn.PAGE_SHIFT;
            frames.write(map, table, index, d);
        }
        return Lpae.OUTPUT_ADDRESS.get(d);
    }
}
