package org.p2mdbg.core.dump;

/**
 * Hand-built x86-64 page tables in a {@link GuestImage}: {@link #map} creates the tables down to the
 * level of the page (links with Linux's _PAGE_TABLE flags unless changed with {@link #setEntry}).
 */
final class X86Tables {
    static final long P = 1;
    static final long RW = 2;
    static final long US = 4;
    static final long PWT = 8;
    static final long PCD = 0x10;
    static final long A = 0x20;
    static final long D = 0x40;
    static final long PS = 0x80;
    static final long PAT_4K = 0x80;
    static final long G = 0x100;
    static final long PAT_LARGE = 0x1000;
    static final long NX = 1L << 63;
    /** Linux's _PAGE_TABLE: present, RW, user, accessed, dirty. */
    static final long TABLE = 0x67;

    final GuestImage image;
    final long root;
    final int levels;

    X86Tables(GuestImage image, int levels) {
        this.image = image;
        this.levels = levels;
        this.root = image.allocate(4096);
    }

    static long pkey(int key) { return (long) key << 59; }

    /** Maps the page of {@code level} (1: 4 KiB, 2: 2 MiB, 3: 1 GiB) at {@code va} to {@code pa}. */
    X86Tables map(long va, long pa, int level, long flags) {
        long table = tableFor(va, level);
        image.putLong(table + 8 * index(va, level), pa | flags | P | (level > 1 ? PS : 0));
        return this;
    }

    /** The table that holds {@code va}'s entry at {@code level}, created on the way down. */
    long tableFor(long va, int level) {
        long table = root;
        for (int l = levels; l > level; l--) {
            long entry = table + 8 * index(va, l);
            long e = image.getLong(entry);
            if ((e & P) == 0) {
                e = image.allocate(4096) | TABLE;
                image.putLong(entry, e);
            }
            table = e & 0x000f_ffff_ffff_f000L;
        }
        return table;
    }

    long entryAddress(long va, int level) { return tableFor(va, level) + 8 * index(va, level); }

    void setEntry(long va, int level, long value) { image.putLong(entryAddress(va, level), value); }

    long entry(long va, int level) { return image.getLong(entryAddress(va, level)); }

    static int index(long va, int level) { return (int) ((va >>> (12 + 9 * (level - 1))) & 511); }
}
