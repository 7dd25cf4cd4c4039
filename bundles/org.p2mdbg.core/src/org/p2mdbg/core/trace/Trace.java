package org.p2mdbg.core.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.mem.FrameJournal;
import org.p2mdbg.core.mem.FrameKind;

/**
 * The recorded micro-steps of a run, stored in primitive chunks (28 bytes an event: a column of
 * call path and kind packed in one int, a column of the three long operands side by side) so that
 * millions of events stay cheap. The rare extras (contents of freed tables, error and flush details) live in side maps
 * keyed by event index; the changes of bookkeeping registers in a {@link BookkeepingLog}.
 *
 * <p>The emulation pushes and pops call-path frames with {@link #enter}/{@link #leave}; every event
 * is stamped with the current path.
 *
 * <p>{@link #off()} gives a trace that records nothing, for bulk runs (benchmarks, set-ups of huge
 * domains) where only the end state matters: 16 M pages populated with every event recorded would
 * take gigabytes.
 */
public final class Trace implements FrameJournal {
    static final int CHUNK_BITS = 16;
    static final int CHUNK = 1 << CHUNK_BITS;

    /** Call paths have ids below 2^24: the low byte of the packed column holds the kind. */
    static final int MAX_PATHS = 1 << 24;

    private final List<int[]> pathKinds = new ArrayList<>();
    /*
     * An event's three operands side by side (a, b, c at 3 × offset): recording appends to one
     * stream, replay reads one, and a chunk's 1.5 MB array is large enough that G1 with regions of
     * 2 MB or less (heaps up to 4 GB) allocates it outside the young generation, so the collector
     * never copies a trace's bulk.
     */
    private final List<long[]> operands = new ArrayList<>();
    private long size;
    // the chunk being filled, so that recording an event does not look its arrays up
    private int[] pathKindChunk;
    private long[] operandChunk;
    private final boolean recording;

    private final CallPaths callPaths = new CallPaths();
    /*
     * The child paths met lately, by parent and label (labels are compared by identity: the callers
     * pass constants), so that enter() on the hot path rarely asks CallPaths' maps.
     */
    private static final int RECENT = 1 << 10;
    private final String[] recentLabel = new String[RECENT];
    /** parent << 32 | child path of the label in recentLabel's slot: one load answers both. */
    private final long[] recentPaths = new long[RECENT];
    private final int[] stack = new int[64];
    private int depth;
    /** stack[depth], kept in a field: every event and every enter() needs it, a load sooner. */
    private int current = CallPaths.ROOT;

    private final Map<Long, long[]> freedContents = new HashMap<>();
    private final Map<Long, String> details = new HashMap<>();
    private final BookkeepingLog bookkeeping = new BookkeepingLog();
    private final List<Long> operationStarts = new ArrayList<>();
    private final List<String> operationNames = new ArrayList<>();
    // an action armed for a trace position (a fault injection): run once when the trace reaches it
    private long armedAt = -1;
    private Runnable armed;

    /** A trace that records every event. */
    public Trace() {
        this(true);
    }

    private Trace(boolean recording) {
        this.recording = recording;
        stack[0] = CallPaths.ROOT;
    }

    /** A trace that records nothing: events, call-path frames and journal reports are dropped. */
    public static Trace off() { return new Trace(false); }

    /** False for a trace made by {@link #off()}. */
    public boolean recording() { return recording; }

    public long size() { return size; }

    public CallPaths callPaths() { return callPaths; }

    // ---- recording ----

    /** Starts a new operation of the scenario; its name is the outermost call-path frame. */
    public int beginOperation(String name) {
        int op = operationNames.size();
        operationNames.add(name);
        operationStarts.add(size);
        depth = 0;
        current = stack[0];
        enter(name);
        record(EventKind.OPERATION_START, op, 0, 0);
        return op;
    }

    public void enter(String frame) {
        if (!recording) {
            return;
        }
        if (depth + 1 >= stack.length) {
            throw new IllegalStateException("call path deeper than " + stack.length);
        }
        int parent = current;
        int slot = (parent * 0x9E3779B9 + frame.hashCode()) & (RECENT - 1);
        int path;
        long known = recentPaths[slot];
        if (recentLabel[slot] == frame && (int) (known >>> 32) == parent) {
            path = (int) known;
        } else {
            path = callPaths.child(parent, frame);
            if (path >= MAX_PATHS) {
                throw new IllegalStateException("more than " + MAX_PATHS + " distinct call paths");
            }
            recentLabel[slot] = frame;
            recentPaths[slot] = (long) parent << 32 | path;
        }
        stack[depth + 1] = path;
        depth++;
        current = path;
    }

    public void leave() {
        if (!recording) {
            return;
        }
        if (depth == 0) {
            throw new IllegalStateException("leave() without enter()");
        }
        depth--;
        current = stack[depth];
    }

    public int currentPath() { return current; }

    /** Records an event and returns its index (-1 when the trace is {@link #off()}). */
    public long record(EventKind kind, long a, long b, long c) {
        if (!recording) {
            return -1;
        }
        int at = (int) (size & (CHUNK - 1));
        if (at == 0) {
            newChunk();
        }
        pathKindChunk[at] = current << 8 | kind.ordinal();
        long[] o = operandChunk;
        int i = 3 * at;
        o[i] = a;
        o[i + 1] = b;
        o[i + 2] = c;
        long e = size++;
        if (size == armedAt) {
            runArmed();
        }
        return e;
    }

    /**
     * Runs {@code action} once, when the trace holds {@code position} events: right after the event
     * before it is recorded, so before the emulation makes its next change (at once if the trace is
     * already there). One action at a time; the action may arm the next.
     */
    public void atPosition(long position, Runnable action) {
        armed = action;
        armedAt = position;
        if (size == position) {
            runArmed();
        }
    }

    private void runArmed() {
        Runnable action = armed;
        armed = null;
        armedAt = -1;
        action.run();
    }

    private void newChunk() {
        pathKinds.add(pathKindChunk = new int[CHUNK]);
        operands.add(operandChunk = new long[3 * CHUNK]);
    }

    /** Records an event with a human-readable detail (an error's failed check, a flush's kind). */
    public long record(EventKind kind, long a, long b, long c, String detail) {
        long e = record(kind, a, b, c);
        if (recording) {
            details.put(e, detail);
        }
        return e;
    }

    // ---- FrameJournal: the frame store reports every change here ----

    public static long entryRef(long mfn, int index) { return mfn << 9 | index; }

    @Override public void pteRead(long mfn, int index, long value) { record(EventKind.PTE_READ, entryRef(mfn, index), value, 0); }

    @Override public void pteWrite(long mfn, int index, long oldValue, long newValue) {
        record(EventKind.PTE_WRITE, entryRef(mfn, index), oldValue, newValue);
    }

    @Override public void frameAlloc(long mfn, FrameKind kind, int owner, boolean fromFreeList, long previousEnd) {
        record(EventKind.FRAME_ALLOC, mfn, kind.ordinal() | (fromFreeList ? 1L : 0L) << 8 | previousEnd << 16, owner);
    }

    @Override public void frameFree(long mfn, FrameKind kind, int owner, int refs, long[] contents) {
        long e = record(EventKind.FRAME_FREE, mfn, kind.ordinal(), (owner & 0xffffffffL) | (long) refs << 32);
        if (recording && contents != null) {
            freedContents.put(e, contents);
        }
    }

    @Override public void refGet(long mfn, int newCount) { record(EventKind.REF_GET, mfn, newCount, 0); }

    @Override public void refPut(long mfn, int newCount) { record(EventKind.REF_PUT, mfn, newCount, 0); }

    @Override public void typeInfoWrite(long mfn, long oldValue, long newValue) { record(EventKind.TYPE_INFO, mfn, oldValue, newValue); }

    @Override public void registerWrite(int register, long oldValue, long newValue) {
        record(EventKind.REGISTER_WRITE, register, oldValue, newValue);
    }

    @Override public void bookkeepingWrite(int register, long oldValue, long newValue) {
        if (recording) {
            bookkeeping.add(size, register, oldValue, newValue);
        }
    }

    // ---- reading ----

    public EventKind kind(long e) { return EventKind.of(pathKinds.get(chunk(e))[offset(e)] & 0xff); }

    public int path(long e) { return pathKinds.get(chunk(e))[offset(e)] >>> 8; }

    public long a(long e) { return operands.get(chunk(e))[3 * offset(e)]; }

    public long b(long e) { return operands.get(chunk(e))[3 * offset(e) + 1]; }

    public long c(long e) { return operands.get(chunk(e))[3 * offset(e) + 2]; }

    public String detail(long e) { return details.get(e); }

    /**
     * The descriptors a FRAME_FREE event's table held when it was freed, or null when it had none:
     * the trace's own array, to be read and never changed.
     */
    public long[] freedContents(long e) { return freedContents.get(e); }

    // the columns of one chunk (events chunk << CHUNK_BITS onwards), for the cursor's replay loops
    /** Call path << 8 | kind ordinal of each event. */
    int[] pathKindColumn(int chunk) { return pathKinds.get(chunk); }

    /** a, b, c of each event, at 3 × its offset in the chunk. */
    long[] operandColumn(int chunk) { return operands.get(chunk); }

    public int operationCount() { return operationNames.size(); }

    public String operationName(int op) { return operationNames.get(op); }

    /** The first event of an operation. */
    public long operationStart(int op) { return operationStarts.get(op); }

    /** One past the last event of an operation. */
    public long operationEnd(int op) { return op + 1 < operationStarts.size() ? operationStarts.get(op + 1) : size; }

    /** The operation an event belongs to (-1 for events before the first operation). */
    public int operationOf(long e) {
        int lo = 0;
        int hi = operationStarts.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (operationStarts.get(mid) <= e) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Heap bytes held by the columns' arrays (for the memory benchmark). */
    public long columnBytes() { return (long) pathKinds.size() * CHUNK * (4 + 8 * 3); }

    BookkeepingLog bookkeeping() { return bookkeeping; }

    /**
     * Approximate heap bytes of what is kept beside the columns: the bookkeeping log, details, freed
     * table contents, operation starts and names (a 64-bit JVM with compressed references: a hash map entry with
     * its slot 40 bytes, a boxed long 16, a Latin-1 string 40 plus its length, an array 16 plus its
     * elements, a list slot 4).
     */
    public long sideBytes() {
        long bytes = bookkeeping.bytes();
        for (String d : details.values()) {
            bytes += 40 + 16 + 40 + d.length();
        }
        for (long[] c : freedContents.values()) {
            bytes += 40 + 16 + 16 + 8L * c.length;
        }
        for (String name : operationNames) {
            bytes += 4 + 16 + 4 + 40 + name.length();
        }
        return bytes;
    }

    private static int chunk(long e) { return (int) (e >>> CHUNK_BITS); }

    private static int offset(long e) { return (int) (e & (CHUNK - 1)); }
}
