package org.p2mdbg.core.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.mem.FrameJournal;
import org.p2mdbg.core.mem.FrameKind;

/**
 * The recorded micro-steps of a run, stored column-wise in primitive chunks (29 bytes an event:
 * kind, call path and three operands) so that millions of events stay cheap. The rare extras
 * (contents of freed tables, error and flush details) live in side maps keyed by event index.
 *
 * <p>The emulation pushes and pops call-path frames with {@link #enter}/{@link #leave}; every event
 * is stamped with the current path.
 */
public final class Trace implements FrameJournal {
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final List<byte[]> kinds = new ArrayList<>();
    private final List<int[]> paths = new ArrayList<>();
    private final List<long[]> as = new ArrayList<>();
    private final List<long[]> bs = new ArrayList<>();
    private final List<long[]> cs = new ArrayList<>();
    private long size;

    private final CallPaths callPaths = new CallPaths();
    private final int[] stack = new int[64];
    private int depth;

    private final Map<Long, long[]> freedContents = new HashMap<>();
    private final Map<Long, String> details = new HashMap<>();
    private final List<Long> operationStarts = new ArrayList<>();
    private final List<String> operationNames = new ArrayList<>();

    public Trace() {
        stack[0] = CallPaths.ROOT;
    }

    public long size() { return size; }

    public CallPaths callPaths() { return callPaths; }

    // ---- recording ----

    /** Starts a new operation of the scenario; its name is the outermost call-path frame. */
    public int beginOperation(String name) {
        int op = operationNames.size();
        operationNames.add(name);
        operationStarts.add(size);
        depth = 0;
        enter(name);
        record(EventKind.OPERATION_START, op, 0, 0);
        return op;
    }

    public void enter(String frame) {
        if (depth + 1 >= stack.length) {
            throw new IllegalStateException("call path deeper than " + stack.length);
        }
        stack[depth + 1] = callPaths.child(stack[depth], frame);
        depth++;
    }

    public void leave() {
        if (depth == 0) {
            throw new IllegalStateException("leave() without enter()");
        }
        depth--;
    }

    public int currentPath() { return stack[depth]; }

    public long record(EventKind kind, long a, long b, long c) {
        int chunk = (int) (size >>> CHUNK_BITS);
        int at = (int) (size & (CHUNK - 1));
        if (chunk == kinds.size()) {
            kinds.add(new byte[CHUNK]);
            paths.add(new int[CHUNK]);
            as.add(new long[CHUNK]);
            bs.add(new long[CHUNK]);
            cs.add(new long[CHUNK]);
        }
        kinds.get(chunk)[at] = (byte) kind.ordinal();
        paths.get(chunk)[at] = stack[depth];
        as.get(chunk)[at] = a;
        bs.get(chunk)[at] = b;
        cs.get(chunk)[at] = c;
        return size++;
    }

    /** Records an event with a human-readable detail (an error's failed check, a flush's kind). */
    public long record(EventKind kind, long a, long b, long c, String detail) {
        long e = record(kind, a, b, c);
        details.put(e, detail);
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
        if (contents != null) {
            freedContents.put(e, contents);
        }
    }

    @Override public void refGet(long mfn, int newCount) { record(EventKind.REF_GET, mfn, newCount, 0); }

    @Override public void refPut(long mfn, int newCount) { record(EventKind.REF_PUT, mfn, newCount, 0); }

    @Override public void typeInfoWrite(long mfn, long oldValue, long newValue) { record(EventKind.TYPE_INFO, mfn, oldValue, newValue); }

    @Override public void registerWrite(int register, long oldValue, long newValue) {
        record(EventKind.REGISTER_WRITE, register, oldValue, newValue);
    }

    // ---- reading ----

    public EventKind kind(long e) { return EventKind.of(kinds.get(chunk(e))[offset(e)]); }

    public int path(long e) { return paths.get(chunk(e))[offset(e)]; }

    public long a(long e) { return as.get(chunk(e))[offset(e)]; }

    public long b(long e) { return bs.get(chunk(e))[offset(e)]; }

    public long c(long e) { return cs.get(chunk(e))[offset(e)]; }

    public String detail(long e) { return details.get(e); }

    long[] freedContents(long e) { return freedContents.get(e); }

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

    /** Approximate heap bytes held by the columns (for the memory benchmark). */
    public long columnBytes() { return (long) kinds.size() * CHUNK * (1 + 4 + 8 * 3); }

    private static int chunk(long e) { return (int) (e >>> CHUNK_BITS); }

    private static int offset(long e) { return (int) (e & (CHUNK - 1)); }
}
