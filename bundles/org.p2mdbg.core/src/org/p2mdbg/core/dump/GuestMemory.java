package org.p2mdbg.core.dump;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.p2mdbg.core.mem.Pa;

/**
 * The guest-physical memory of a dump, read in place: the file is memory-mapped in chunks of at most
 * 1 GiB (a MappedByteBuffer is int-indexed) and never copied into the heap. The PT_LOAD segments are
 * flattened into sorted, disjoint pieces (a dump taken with paging repeats physical ranges, one
 * segment per virtual mapping; the first segment that covers an address wins).
 */
public final class GuestMemory implements PhysicalMemory {
    static final int CHUNK_SHIFT = 30;
    static final long CHUNK = 1L << CHUNK_SHIFT;
    /** Each chunk reaches this far into the next one, so an 8-byte read never straddles two buffers. */
    private static final int OVERLAP = 8;

    private final MappedByteBuffer[] chunks;
    private final long[] pieceStart;
    private final long[] pieceEnd;
    private final long[] pieceFileOffset;
    private final long storedBytes;
    private int lastPiece;

    private GuestMemory(MappedByteBuffer[] chunks, long[] start, long[] end, long[] fileOffset) {
        this.chunks = chunks;
        this.pieceStart = start;
        this.pieceEnd = end;
        this.pieceFileOffset = fileOffset;
        long total = 0;
        for (int i = 0; i < start.length; i++) {
            total += end[i] - start[i];
        }
        this.storedBytes = total;
    }

    /** Maps the stored part of every segment; the channel may be closed afterwards. */
    static GuestMemory map(FileChannel channel, long fileSize, List<LoadSegment> segments, ByteOrder order) throws IOException {
        int n = (int) ((fileSize + CHUNK - 1) >>> CHUNK_SHIFT);
        MappedByteBuffer[] chunks = new MappedByteBuffer[n];
        for (int i = 0; i < n; i++) {
            long from = (long) i << CHUNK_SHIFT;
            long length = Math.min(fileSize - from, CHUNK + OVERLAP);
            chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, from, length);
            chunks[i].order(order);
        }
        List<LoadSegment> stored = new ArrayList<>();
        for (LoadSegment s : segments) {
            if (s.fileSize() > 0) {
                stored.add(s);
            }
        }
        stored.sort(Comparator.comparingLong(s -> s.start().value()));
        long[] start = new long[stored.size()];
        long[] end = new long[stored.size()];
        long[] offset = new long[stored.size()];
        int pieces = 0;
        long covered = Long.MIN_VALUE;
        for (LoadSegment s : stored) {
            long from = s.start().value();
            long to = s.storedEnd();
            if (pieces > 0 && Long.compareUnsigned(to, covered) <= 0) {
                continue;
            }
            long first = pieces > 0 && Long.compareUnsigned(from, covered) < 0 ? covered : from;
            start[pieces] = first;
            end[pieces] = to;
            offset[pieces] = s.fileOffset() + (first - from);
            covered = to;
            pieces++;
        }
        return new GuestMemory(chunks, Arrays.copyOf(start, pieces), Arrays.copyOf(end, pieces),
                Arrays.copyOf(offset, pieces));
    }

    @Override public long readLong(Pa address) { return longAt(address.value()); }

    /** One piece lookup for the whole table, then plain indexed reads of the mapped buffer. */
    @Override public void readTable(Pa table, long[] into, int entries) {
        long pa = table.value();
        int p = piece(pa);
        long bytes = 8L * entries;
        if (p < 0 || Long.compareUnsigned(pa + bytes, pieceEnd[p]) > 0) {
            PhysicalMemory.super.readTable(table, into, entries);
            return;
        }
        long off = pieceFileOffset[p] + (pa - pieceStart[p]);
        int chunk = (int) (off >>> CHUNK_SHIFT);
        if (chunk != (int) ((off + bytes - 1) >>> CHUNK_SHIFT)) {
            PhysicalMemory.super.readTable(table, into, entries);
            return;
        }
        MappedByteBuffer b = chunks[chunk];
        int at = (int) (off & (CHUNK - 1));
        for (int i = 0; i < entries; i++) {
            into[i] = b.getLong(at + 8 * i);
        }
    }

    /** Whether all 8 bytes at an address are in the dump. */
    public boolean contains(Pa address) { return piece(address.value()) >= 0; }

    /** How many bytes of guest-physical memory the dump holds. */
    public long storedBytes() { return storedBytes; }

    long longAt(long pa) {
        int p = piece(pa);
        if (p < 0) {
            throw new MemoryNotInDumpException(new Pa(pa));
        }
        long off = pieceFileOffset[p] + (pa - pieceStart[p]);
        return chunks[(int) (off >>> CHUNK_SHIFT)].getLong((int) (off & (CHUNK - 1)));
    }

    /** The piece holding [pa, pa + 8), or -1; the last piece found is tried first (walks stay local). */
    private int piece(long pa) {
        int p = lastPiece;
        if (p < pieceStart.length && inside(p, pa)) {
            return p;
        }
        int lo = 0;
        int hi = pieceStart.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(pieceStart[mid], pa) > 0) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (hi >= 0 && inside(hi, pa)) {
            lastPiece = hi;
            return hi;
        }
        return -1;
    }

    private boolean inside(int p, long pa) {
        return Long.compareUnsigned(pa, pieceStart[p]) >= 0 && Long.compareUnsigned(pa + 8, pieceEnd[p]) <= 0
                && Long.compareUnsigned(pa, pa + 8) < 0;
    }
}
