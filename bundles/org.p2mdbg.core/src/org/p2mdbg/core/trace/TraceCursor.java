package org.p2mdbg.core.trace;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;

/**
 * A position in a recorded trace, with the frame store put in exactly the state it had there.
 * Moving backwards undoes the recorded changes (old values, freed contents); moving forwards redoes
 * them (new values). Position p means "events 0..p-1 have happened".
 *
 * <p>While a cursor is away from the end the store is detached from the trace, so nothing it does
 * is recorded; {@link #toEnd()} must be reached before the emulation runs again.
 *
 * <p>Seeking runs over the trace's primitive columns a chunk at a time and skips the events that
 * change nothing (reads, flushes, locks...), so a jump across a 10 M-event trace takes tens of
 * milliseconds.
 */
public final class TraceCursor {
    private static final FrameKind[] FRAME_KINDS = FrameKind.values();
    private static final boolean[] CHANGES_STATE = new boolean[EventKind.values().length];

    static {
        for (EventKind k : EventKind.values()) {
            CHANGES_STATE[k.ordinal()] = k.changesState();
        }
    }

    private final Trace trace;
    private final FrameStore store;
    private long position;

    /** A cursor at the end of the trace: the store's current state. */
    public TraceCursor(Trace trace, FrameStore store) {
        this.trace = trace;
        this.store = store;
        this.position = trace.size();
    }

    public long position() { return position; }

    /** The trace this cursor moves through. */
    public Trace trace() { return trace; }

    public boolean atEnd() { return position == trace.size(); }

    public void toEnd() { seek(trace.size()); }

    public void seek(long target) {
        if (target < 0 || target > trace.size()) {
            throw new IllegalArgumentException("event " + target + " outside 0.." + trace.size());
        }
        while (position > target) {
            undoWithinChunk(target);
        }
        while (position < target) {
            redoWithinChunk(target);
        }
    }

    public void stepBack() { seek(Math.max(0, position - 1)); }

    public void stepForward() { seek(Math.min(trace.size(), position + 1)); }

    /** The first event of the given kind at or after the position, or -1. */
    public long nextOf(EventKind kind) {
        for (long e = position; e < trace.size(); e++) {
            if (trace.kind(e) == kind) {
                return e;
            }
        }
        return -1;
    }

    /** The last event of the given kind before the position, or -1. */
    public long previousOf(EventKind kind) {
        for (long e = position - 1; e >= 0; e--) {
            if (trace.kind(e) == kind) {
                return e;
            }
        }
        return -1;
    }

    /** Undoes events from the position down to the target or the start of the chunk of the last event, whichever is later. */
    private void undoWithinChunk(long target) {
        int chunk = (int) ((position - 1) >>> Trace.CHUNK_BITS);
        long chunkStart = (long) chunk << Trace.CHUNK_BITS;
        long stop = Math.max(target, chunkStart);
        byte[] kinds = trace.kindColumn(chunk);
        long[] as = trace.aColumn(chunk);
        long[] bs = trace.bColumn(chunk);
        long[] cs = trace.cColumn(chunk);
        for (int i = (int) (position - 1 - chunkStart), end = (int) (stop - chunkStart); i >= end; i--) {
            int k = kinds[i];
            if (CHANGES_STATE[k]) {
                undo(chunkStart + i, EventKind.of(k), as[i], bs[i], cs[i]);
            }
        }
        position = stop;
    }

    /** Redoes events from the position up to the target or the end of the position's chunk, whichever is earlier. */
    private void redoWithinChunk(long target) {
        int chunk = (int) (position >>> Trace.CHUNK_BITS);
        long chunkStart = (long) chunk << Trace.CHUNK_BITS;
        long stop = Math.min(target, chunkStart + Trace.CHUNK);
        byte[] kinds = trace.kindColumn(chunk);
        long[] as = trace.aColumn(chunk);
        long[] bs = trace.bColumn(chunk);
        long[] cs = trace.cColumn(chunk);
        for (int i = (int) (position - chunkStart), end = (int) (stop - chunkStart); i < end; i++) {
            int k = kinds[i];
            if (CHANGES_STATE[k]) {
                redo(EventKind.of(k), as[i], bs[i], cs[i]);
            }
        }
        position = stop;
    }

    private void undo(long e, EventKind kind, long a, long b, long c) {
        switch (kind) {
            case PTE_WRITE -> store.restoreEntry(new Mfn(a >>> 9), (int) (a & 511), b);
            case FRAME_ALLOC -> store.undoAllocate(new Mfn(a), ((b >>> 8) & 1) != 0, b >>> 16);
            case FRAME_FREE -> store.undoFree(new Mfn(a), FRAME_KINDS[(int) b], (int) c, (int) (c >>> 32),
                    trace.freedContents(e));
            case REF_GET -> store.restoreRefs(new Mfn(a), (int) b - 1);
            case REF_PUT -> store.restoreRefs(new Mfn(a), (int) b + 1);
            case TYPE_INFO -> store.restoreTypeInfo(new Mfn(a), b);
            case REGISTER_WRITE -> store.registers().restore((int) a, b);
            default -> { }
        }
    }

    private void redo(EventKind kind, long a, long b, long c) {
        switch (kind) {
            case PTE_WRITE -> store.restoreEntry(new Mfn(a >>> 9), (int) (a & 511), c);
            case FRAME_ALLOC -> store.redoAllocate(new Mfn(a), FRAME_KINDS[(int) (b & 0xff)], (int) c, ((b >>> 8) & 1) != 0);
            case FRAME_FREE -> store.redoFree(new Mfn(a));
            case REF_GET, REF_PUT -> store.restoreRefs(new Mfn(a), (int) b);
            case TYPE_INFO -> store.restoreTypeInfo(new Mfn(a), c);
            case REGISTER_WRITE -> store.registers().restore((int) a, c);
            default -> { }
        }
    }
}
