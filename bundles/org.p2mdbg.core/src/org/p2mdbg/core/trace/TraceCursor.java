package org.p2mdbg.core.trace;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.FrameStoreImage;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;

/**
 * A position in a recorded trace, with the frame store put in exactly the state it had there.
 * Moving backwards undoes the recorded changes (old values, freed contents); moving forwards redoes
 * them (new values). Position p means "events 0..p-1 have happened". The bookkeeping registers
 * (p2m->lowest_mapped_gfn, the p2m statistics...) move with it: their changes are kept beside the
 * events in the trace's {@link BookkeepingLog}.
 *
 * <p>While a cursor is away from the end the store is detached from the trace, so nothing it does
 * is recorded; {@link #toEnd()} must be reached before the emulation runs again.
 *
 * <p>Seeking runs over the trace's primitive columns a chunk at a time and skips the events that
 * change nothing (reads, flushes, locks...). Whenever the cursor passes a multiple of
 * {@link #KEYFRAME_INTERVAL} events it keeps a keyframe there (a {@link FrameStoreImage}), and a
 * jump starts from the keyframe nearest its target when that is closer than where the cursor
 * stands: after the first pass over a region, a jump costs a keyframe restore plus at most half
 * an interval of replay, however long the trace.
 */
public final class TraceCursor {
    /** Events between keyframes: 2^21 (about 100 ms of replay on a loaded machine). */
    static final long KEYFRAME_INTERVAL = 1L << 21;
    private static final FrameKind[] FRAME_KINDS = FrameKind.values();
    private static final boolean[] CHANGES_STATE = new boolean[256];
    private static final int PTE_WRITE = EventKind.PTE_WRITE.ordinal();
    private static final int REF_GET = EventKind.REF_GET.ordinal();
    private static final int REF_PUT = EventKind.REF_PUT.ordinal();

    static {
        for (EventKind k : EventKind.values()) {
            CHANGES_STATE[k.ordinal()] = k.changesState();
        }
    }

    /** The store as it was at a multiple of KEYFRAME_INTERVAL, with how many bookkeeping changes had been made by then. */
    private record Keyframe(FrameStoreImage image, long bookkeepingApplied) {}

    private final Trace trace;
    private final FrameStore store;
    private final BookkeepingLog bookkeeping;
    private final List<Keyframe> keyframes = new ArrayList<>();
    private final long keyframeInterval;
    private long keyframeBytes;
    private long position;
    /** Events the replay loops went over, for tests of the keyframes' reach. */
    private long replayed;
    /** How many bookkeeping changes are applied: those made at positions up to this cursor's. */
    private long applied;

    /** A cursor at the end of the trace: the store's current state. */
    public TraceCursor(Trace trace, FrameStore store) {
        this(trace, store, KEYFRAME_INTERVAL);
    }

    /** A cursor with keyframes every {@code keyframeInterval} events (a multiple of the trace's chunk). */
    TraceCursor(Trace trace, FrameStore store, long keyframeInterval) {
        if (keyframeInterval <= 0 || keyframeInterval % Trace.CHUNK != 0) {
            throw new IllegalArgumentException("keyframe interval " + keyframeInterval + " is not a multiple of " + Trace.CHUNK);
        }
        this.keyframeInterval = keyframeInterval;
        this.trace = trace;
        this.store = store;
        this.bookkeeping = trace.bookkeeping();
        this.position = trace.size();
        this.applied = bookkeeping.size();
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
        jumpToNearestKeyframe(target);
        while (position > target) {
            undoWithinChunk(target);
            keepKeyframe();
        }
        while (position < target) {
            redoWithinChunk(target);
            keepKeyframe();
        }
        syncBookkeeping();
    }

    public void stepBack() { seek(Math.max(0, position - 1)); }

    public void stepForward() { seek(Math.min(trace.size(), position + 1)); }

    /** Heap bytes of the keyframes kept so far (beside the trace's own bytes). */
    public long keyframeBytes() { return keyframeBytes; }

    /** How many events the replay loops have gone over since the cursor was made. */
    long eventsReplayed() { return replayed; }

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

    /** Restores the keyframe nearest the target when replaying from it is shorter than from here. */
    private void jumpToNearestKeyframe(long target) {
        long distance = Math.abs(position - target);
        if (distance < keyframeInterval / 2) {
            return;
        }
        int below = (int) (target / keyframeInterval);
        Keyframe best = null;
        long bestAt = 0;
        for (int k = below; k <= below + 1; k++) {
            Keyframe kf = k < keyframes.size() ? keyframes.get(k) : null;
            long at = k * keyframeInterval;
            if (kf != null && Math.abs(at - target) < distance) {
                best = kf;
                bestAt = at;
                distance = Math.abs(at - target);
            }
        }
        if (best != null) {
            store.restore(best.image());
            position = bestAt;
            applied = best.bookkeepingApplied();
        }
    }

    /**
     * Keeps a keyframe at the position when it is a multiple of the interval that has none yet; never
     * at the end, where the emulation may still add bookkeeping changes before the next event. The
     * keyframes together stay within half the bytes of the trace's columns (a huge machine's image
     * can outweigh millions of events): past that the cursor replays instead.
     */
    private void keepKeyframe() {
        if (position % keyframeInterval != 0 || position == trace.size()) {
            return;
        }
        int k = (int) (position / keyframeInterval);
        while (keyframes.size() <= k) {
            keyframes.add(null);
        }
        if (keyframes.get(k) == null && keyframeBytes + store.imageBytes() <= trace.columnBytes() / 2) {
            syncBookkeeping();
            FrameStoreImage image = store.image();
            keyframeBytes += image.bytes();
            keyframes.set(k, new Keyframe(image, applied));
        }
    }

    /** Undoes the bookkeeping changes made after the position and redoes those made up to it. */
    private void syncBookkeeping() {
        Registers registers = store.registers();
        while (applied > 0 && bookkeeping.position(applied - 1) > position) {
            bookkeeping.flip(--applied, registers);
        }
        while (applied < bookkeeping.size() && bookkeeping.position(applied) <= position) {
            bookkeeping.flip(applied++, registers);
        }
    }

    /** Undoes events from the position down to the target or the start of the chunk of the last event, whichever is later. */
    private void undoWithinChunk(long target) {
        int chunk = (int) ((position - 1) >>> Trace.CHUNK_BITS);
        long chunkStart = (long) chunk << Trace.CHUNK_BITS;
        long stop = Math.max(target, chunkStart);
        int[] kinds = trace.pathKindColumn(chunk);
        long[] ops = trace.operandColumn(chunk);
        for (int i = (int) (position - 1 - chunkStart), end = (int) (stop - chunkStart); i >= end; i--) {
            int k = kinds[i] & 0xff;
            if (!CHANGES_STATE[k]) {
                continue;
            }
            long a = ops[3 * i];
            long b = ops[3 * i + 1];
            // the two most frequent changes without an object in sight
            if (k == PTE_WRITE) {
                store.restoreEntry(a >>> 9, (int) (a & 511), b);
            } else if (k == REF_GET) {
                store.restoreRefs(a, (int) b - 1);
            } else if (k == REF_PUT) {
                store.restoreRefs(a, (int) b + 1);
            } else {
                undo(chunkStart + i, EventKind.of(k), a, b, ops[3 * i + 2]);
            }
        }
        replayed += position - stop;
        position = stop;
    }

    /** Redoes events from the position up to the target or the end of the position's chunk, whichever is earlier. */
    private void redoWithinChunk(long target) {
        int chunk = (int) (position >>> Trace.CHUNK_BITS);
        long chunkStart = (long) chunk << Trace.CHUNK_BITS;
        long stop = Math.min(target, chunkStart + Trace.CHUNK);
        int[] kinds = trace.pathKindColumn(chunk);
        long[] ops = trace.operandColumn(chunk);
        for (int i = (int) (position - chunkStart), end = (int) (stop - chunkStart); i < end; i++) {
            int k = kinds[i] & 0xff;
            if (!CHANGES_STATE[k]) {
                continue;
            }
            long a = ops[3 * i];
            long b = ops[3 * i + 1];
            if (k == PTE_WRITE) {
                store.restoreEntry(a >>> 9, (int) (a & 511), ops[3 * i + 2]);
            } else if (k == REF_GET || k == REF_PUT) {
                store.restoreRefs(a, (int) b);
            } else {
                redo(EventKind.of(k), a, b, ops[3 * i + 2]);
            }
        }
        replayed += stop - position;
        position = stop;
    }

    private void undo(long e, EventKind kind, long a, long b, long c) {
        switch (kind) {
            case FRAME_ALLOC -> store.undoAllocate(new Mfn(a), ((b >>> 8) & 1) != 0, b >>> 16);
            case FRAME_FREE -> store.undoFree(new Mfn(a), FRAME_KINDS[(int) b], (int) c, (int) (c >>> 32),
                    trace.freedContents(e));
            case TYPE_INFO -> store.restoreTypeInfo(new Mfn(a), b);
            case REGISTER_WRITE -> store.registers().restore((int) a, b);
            default -> throw new IllegalStateException("no undo for " + kind);
        }
    }

    private void redo(EventKind kind, long a, long b, long c) {
        switch (kind) {
            case FRAME_ALLOC -> store.redoAllocate(new Mfn(a), FRAME_KINDS[(int) (b & 0xff)], (int) c, ((b >>> 8) & 1) != 0);
            case FRAME_FREE -> store.redoFree(new Mfn(a));
            case TYPE_INFO -> store.restoreTypeInfo(new Mfn(a), c);
            case REGISTER_WRITE -> store.registers().restore((int) a, c);
            default -> throw new IllegalStateException("no redo for " + kind);
        }
    }
}
