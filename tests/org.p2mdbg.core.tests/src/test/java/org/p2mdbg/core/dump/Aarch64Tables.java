package org.p2mdbg.core.dump;

import org.p2mdbg.core.format.aarch64.Stage1Layout;

/**
 * Hand-built VMSAv8-64 stage-1 tables for one TTBR in a {@link GuestImage}, for any granule: the root
 * at {@code startLevel} with {@code rootEntries} entries, tables made on the way down by {@link #map}.
 * Addresses given to it are offsets inside the region (the VA without its fill bits).
 */
final class Aarch64Tables {
    static final long VALID = 1;
    static final long TABLE_OR_PAGE = 2;
    static final long AF = 1L << 10;
    static final long NG = 1L << 11;
    static final long AP_EL0 = 1L << 6;
    static final long AP_RO = 1L << 7;
    static final long SH_INNER = 3L << 8;
    static final long DBM = 1L << 51;
    static final long CONTIG = 1L << 52;
    static final long PXN = 1L << 53;
    static final long UXN = 1L << 54;
    static final long PXN_TABLE = 1L << 59;
    static final long UXN_TABLE = 1L << 60;
    static final long AP_TABLE_NO_EL0 = 1L << 61;
    static final long AP_TABLE_RO = 1L << 62;

    final GuestImage image;
    final Stage1Layout layout;
    final int startLevel;
    final int inputBits;
    final long root;

    Aarch64Tables(GuestImage image, Stage1Layout layout, int inputBits) {
        this.image = image;
        this.layout = layout;
        this.inputBits = inputBits;
        this.startLevel = 3 - (inputBits - 1 - layout.granule().bits()) / layout.granule().stride();
        this.root = image.allocate(8L << (inputBits - layout.levelShift(startLevel)));
    }

    static long attrIndx(int index) { return (long) index << 2; }

    /** The descriptor bits of an output or table address in this layout (OA[51:48] or [51:50] moved). */
    long addressBits(long pa) {
        long low = pa & ((1L << (layout.ds() ? 50 : 48)) - 1);
        if (layout.ds()) {
            return low | ((pa >>> 50) & 3) << 8;
        }
        return layout.granule().bits() == 16 ? low | ((pa >>> 48) & 0xf) << 12 : low;
    }

    /** A block (level < 3) or page (level 3) at {@code offset} mapping {@code pa}, with attributes. */
    Aarch64Tables map(long offset, long pa, int level, long attributes) {
        long table = tableFor(offset, level, 0);
        image.putLong(table + 8 * index(offset, level), addressBits(pa) | attributes | VALID | (level == 3 ? TABLE_OR_PAGE : 0));
        return this;
    }

    /** The table holding {@code offset}'s entry at {@code level}; new table descriptors get {@code tableBits}. */
    long tableFor(long offset, int level, long tableBits) {
        long table = root;
        for (int l = startLevel; l < level; l++) {
            long entry = table + 8 * index(offset, l);
            long d = image.getLong(entry);
            if ((d & VALID) == 0) {
                long next = image.allocate(1L << layout.granule().bits());
                d = addressBits(next) | tableBits | VALID | TABLE_OR_PAGE;
                image.putLong(entry, d);
            }
            table = layout.tableAddress(d).value();
        }
        return table;
    }

    long entryAddress(long offset, int level) { return tableFor(offset, level, 0) + 8 * index(offset, level); }

    int index(long offset, int level) {
        int shift = layout.levelShift(level);
        int bits = level == startLevel ? inputBits - shift : layout.granule().stride();
        return (int) ((offset >>> shift) & ((1L << bits) - 1));
    }
}
