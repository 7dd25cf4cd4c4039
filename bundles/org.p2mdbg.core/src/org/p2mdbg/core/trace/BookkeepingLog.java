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
 * <p>An entry keeps old XOR new (20 bytes with its position and register), which both undoes and
 * redoes it, in primitive chunks like the trace's columns.
 */
final class BookkeepingLog {
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final List<long[]> positions = new ArrayList<>();
    private final List<int[]> registers = new ArrayList<>();
    private final List<long[]> deltas = new ArrayList<>();
    private long[] positionChunk;
    private int[] registerChunk;
    private long[] deltaChunk;
    private long size;

    long size() { return size; }

    void add(long position, int register, long oldValue, long newValue) {
        int at = (int) (size & (CHUNK - 1));
        if (at == 0) {
            positions.add(positionChunk = new long[CHUNK]);
            registers.add(registerChunk = new int[CHUNK]);
            deltas.add(deltaChunk = new long[CHUNK]);
        }
        positionChunk[at] = position;
        registerChunk[at] = register;
        deltaChunk[at] = oldValue ^ newValue;
        size++;
    }

    /** The trace position change {@code i} was made at. */
    long position(long i) { return positions.get((int) (i >>> CHUNK_BITS))[(int) (i & (CHUNK - 1))]; }

    /** Undoes or redoes change {@code i} (the same flip either way). */
    void flip(long i, Registers target) {
        int chunk = (int) (i >>> CHUNK_BITS);
        int at = (int) (i & (CHUNK - 1));
        int register = registers.get(chunk)[at];
        target.restore(register, target.get(register) ^ deltas.get(chunk)[at]);
    }

    /** Heap bytes held by the chunks. */
    long bytes() { return (long) positions.size() * CHUNK * (8 + 4 + 8); }
}
