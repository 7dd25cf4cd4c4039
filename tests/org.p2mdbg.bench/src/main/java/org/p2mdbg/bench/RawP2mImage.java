package org.p2mdbg.bench;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.xen.arm.P2mPte;
import org.p2mdbg.core.xen.arm.P2mType;

/**
 * The baseline of the populate and translate benchmarks: the descriptors a 40-bit IPA p2m holds
 * after {@code pages} 4 KiB pages were mapped, written straight into one long[] laid out as table
 * frames (2 root pages, then the level-2 tables, then the level-3 tables), with no emulation, no
 * frame store and no trace. The MFNs are contiguous; the descriptors have the bits Xen gives them.
 */
final class RawP2mImage {
    private static final int ENTRIES = Lpae.ENTRIES;
    private static final int ROOT_PAGES = 2;
    /** Where the image's table frames pretend to live (their MFNs in table descriptors). */
    private static final long TABLE_BASE = 0x40000;
    /** The output address bits [47:12]. */
    private static final long OUTPUT_ADDRESS = 0x0000FFFFFFFFF000L;

    final long[] memory;
    final int firstLeaf;
    final long pages;

    private RawP2mImage(long[] memory, int firstLeaf, long pages) {
        this.memory = memory;
        this.firstLeaf = firstLeaf;
        this.pages = pages;
    }

    /** Writes the tables for {@code pages} 4 KiB RAM mappings from {@code gfn} (1 GiB aligned) to {@code mfn}. */
    static RawP2mImage fourKiB(Gfn gfn, long pages, Mfn mfn) {
        int l3Tables = (int) ((pages + ENTRIES - 1) / ENTRIES);
        int l2Tables = (l3Tables + ENTRIES - 1) / ENTRIES;
        int firstL2 = ROOT_PAGES;
        int firstL3 = firstL2 + l2Tables;
        long[] memory = new long[(firstL3 + l3Tables) * ENTRIES];
        long table = P2mPte.fromMfn(new Mfn(0), P2mType.INVALID);
        long leaf = P2mPte.fromMfn(new Mfn(0), P2mType.RAM_RW);
        // level 1: entry (gfn >> 18) of the 1024-entry concatenated root points at each level-2 table
        int rootSlot = (int) (gfn.value() >>> 18);
        for (int t = 0; t < l2Tables; t++) {
            memory[rootSlot + t] = table | (TABLE_BASE + firstL2 + t) << Mfn.PAGE_SHIFT;
        }
        // level 2: one entry per level-3 table, consecutive across the level-2 tables
        int l2Slot = firstL2 * ENTRIES;
        for (int t = 0; t < l3Tables; t++) {
            memory[l2Slot + t] = table | (TABLE_BASE + firstL3 + t) << Mfn.PAGE_SHIFT;
        }
        int firstLeaf = firstL3 * ENTRIES;
        long m = mfn.value();
        for (int i = 0; i < pages; i++) {
            memory[firstLeaf + i] = leaf | (m + i) << Mfn.PAGE_SHIFT;
        }
        return new RawP2mImage(memory, firstLeaf, pages);
    }

    /** The translate baseline: one sequential pass over the leaf descriptors; returns how many are valid. */
    long scanLeaves(long[] mfnSum) {
        long mapped = 0;
        long sum = 0;
        long end = firstLeaf + pages;
        for (int i = firstLeaf; i < end; i++) {
            long d = memory[i];
            if ((d & 1) != 0) {
                mapped++;
                sum += (d & OUTPUT_ADDRESS) >>> Mfn.PAGE_SHIFT;
            }
        }
        mfnSum[0] = sum;
        return mapped;
    }
}
