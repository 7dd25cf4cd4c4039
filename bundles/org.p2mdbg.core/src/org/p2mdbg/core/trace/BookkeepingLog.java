package org.p2mdbg.core.trace;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.mem.Registers;

/**
 * The changes of bookkeeping registers (p2m->lowest_mapped_gfn, p2m->stats...) in the order they
 * were made, each with the trace position it was made at: the number of events recorded before it.
 * A change made at position p belongs to every cursor position from p on. They are not events, so
 * the event stream stays the one Xen's code makes, but a {@link TraceCursor} undoes and redoes them.
 *
 * <p>An entry keeps old XOR new, which both undoes and redoes it, beside its position and register
 * packed in one long (positions stay below 2^40 events, register numbers below 2^24): 16 bytes in
 * one primitive stream per chunk, as the emulation appends one or two of them for most PTE writes.
 */
final class BookkeepingLog {
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int REGISTER_BITS = 24;

    /** Per chunk: position << 24 | register, then old ^ new, for each entry. */
    private final List<long[]> chunks = new ArrayList<>();
    private long[] chunk;
    private long size;

    long size() { return size; }

    void add(long position, int register, long oldValue, long newValue) {
        if (register >>> REGISTER_BITS != 0) {
            throw new IllegalArgumentException("register number " + register + " does not fit in " + REGISTER_BITS + " bits");
        }
        int at = (int) (size & (CHUNK - 1));
        if (at == 0) {
            chunks.add(chunk = new long[2 * CHUNK]);
        }
        chunk[2 * at] = position << REGISTER_BITS | register;
        chunk[2 * at + 1] = oldValue ^ newValue;
        size++;
    }

    /** The trace position change {@code i} was made at. */
    long position(long i) { return entry(i)[2 * offset(i)] >>> REGISTER_BITS; }

    /** Undoes or redoes change {@code i} (the same flip either way). */
    void flip(long i, Registers target) {
        long[] c = entry(i);
        int at = 2 * offset(i);
        int register = (int) (c[at] & ((1 << REGISTER_BITS) - 1));
        target.restore(register, target.get(register) ^ c[at + 1]);
    }

    private long[] entry(long i) { return chunks.get((int) (i >>> CHUNK_BITS)); }

    private static int offset(long i) { return (int) (i & (CHUNK - 1)); }

    /** Heap bytes held by the chunks. */
    long bytes() { return (long) chunks.size() * CHUNK * 16; }
}
