package org.p2mdbg.core.dump;

import java.util.TreeMap;

/**
 * The physical memory of a synthetic guest, as a test builds it: 4 KiB frames of 64-bit words,
 * created on first write, with a bump allocator for page-table pages.
 */
final class GuestImage {
    private final TreeMap<Long, long[]> frames = new TreeMap<>();
    private long next;

    /** Table pages are allocated upwards from {@code firstTablePa}. */
    GuestImage(long firstTablePa) { this.next = firstTablePa; }

    void putLong(long pa, long value) {
        frames.computeIfAbsent(pa >>> 12, f -> new long[512])[(int) ((pa & 0xfff) >>> 3)] = value;
    }

    long getLong(long pa) {
        long[] frame = frames.get(pa >>> 12);
        return frame == null ? 0 : frame[(int) ((pa & 0xfff) >>> 3)];
    }

    /** A zeroed table of {@code bytes}, aligned to its size (a granule, or a small root). */
    long allocate(long bytes) {
        long align = Math.max(bytes, 8);
        next = (next + align - 1) & -align;
        long pa = next;
        next += bytes;
        for (long p = pa; p < pa + bytes; p += 4096) {
            frames.computeIfAbsent(p >>> 12, f -> new long[512]);
        }
        return pa;
    }

    /** One past the highest table byte allocated so far. */
    long allocatedEnd() { return next; }

    TreeMap<Long, long[]> frames() { return frames; }
}
