package org.p2mdbg.core.trace;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.FrameKind;

/**
 * The p2m entries relinquish has given back by a trace position, as slots (table MFN << 9 | index)
 * at any level: entries whose mapping relinquish removed (a write inside relinquish that replaces a
 * mapping, 4 KiB page or 1 GiB / 2 MiB block, with an invalid entry) or whose reference it put
 * (a read or write of the entry followed, in the same operation, by the put of the frame it maps,
 * as the lookup strategy does while leaving the entry in place). A slot stops being relinquished
 * when its table page is freed.
 *
 * <p>The trace is read once, as far as asked, into a short log of changes; a position is then
 * answered from the log: forwards from the last answer, backwards by replaying the log from the
 * start, never by reading the trace again.
 */
public final class RelinquishedEntries {
    private static final long FREED = -1;   // a log entry for a freed table: its slot holds the table MFN
    private static final FrameKind[] KINDS = FrameKind.values();

    private final Trace trace;
    /** How far the trace has been read into the log. */
    private long scanned;
    /** Read state: the entry relinquish last touched, its value, level and operation. */
    private long lastSlot = -1;
    private long lastValue;
    private int lastLevel = -1;
    private int lastOperation = -1;
    /** The log: at event {@code logEvents[i]}, {@code logSlots[i]} was relinquished (kind 0) or its table freed (kind FREED). */
    private long[] logEvents = new long[64];
    private long[] logSlots = new long[64];
    private long[] logKinds = new long[64];
    private int logSize;
    /** The last answer: the slots before {@code answeredAt}, made of the first {@code answeredLog} log entries. */
    private final Set<Long> answer = new HashSet<>();
    private long answeredAt;
    private int answeredLog;
    /**
     * What each call path says about the accesses made in it, worked out once per path (a trace has
     * a few hundred paths and millions of accesses): 0 not yet, else 1 | 2 when inside relinquish |
     * (level + 1) << 2 for a "level N" frame.
     */
    private byte[] pathInfo = new byte[64];

    public RelinquishedEntries(Trace trace) {
        this.trace = trace;
    }

    /** The trace the entries are read from. */
    public Trace trace() { return trace; }

    /** The relinquished slots after the events [0, position); the set is this object's, valid until the next call. */
    public Set<Long> before(long position) {
        long end = Math.min(Math.max(position, 0), trace.size());
        scanTo(end);
        if (end < answeredAt) {
            answer.clear();
            answeredLog = 0;
        }
        while (answeredLog < logSize && logEvents[answeredLog] < end) {
            apply(answeredLog++);
        }
        answeredAt = end;
        return answer;
    }

    private void apply(int i) {
        if (logKinds[i] == FREED) {
            long table = logSlots[i];
            for (int index = 0; index < Lpae.ENTRIES; index++) {
                answer.remove(table << 9 | index);
            }
        } else {
            answer.add(logSlots[i]);
        }
    }

    private void scanTo(long end) {
        for (long e = scanned; e < end; e++) {
            EventKind k = trace.kind(e);
            switch (k) {
                case PTE_READ, PTE_WRITE -> {
                    // a read's b is the value read, a write's b the value it replaced
                    boolean relinquish = inRelinquish(e);
                    lastSlot = relinquish ? trace.a(e) : -1;
                    lastValue = trace.b(e);
                    lastLevel = relinquish ? levelOf(e) : -1;
                    lastOperation = trace.operationOf(e);
                    if (relinquish && k == EventKind.PTE_WRITE && lastLevel >= 0
                            && Lpae.isMapping(trace.b(e), lastLevel) && !Lpae.isValid(trace.c(e))) {
                        log(e, lastSlot, 0);
                    }
                }
                case REF_PUT -> {
                    if (lastSlot >= 0 && lastLevel >= 0 && lastOperation == trace.operationOf(e) && inRelinquish(e)
                            && Lpae.isMapping(lastValue, lastLevel) && Lpae.mfn(lastValue).value() == trace.a(e)) {
                        log(e, lastSlot, 0);
                    }
                }
                case FRAME_FREE -> {
                    // only a table's slots can be relinquished entries: RAM frames, freed by the million, log nothing
                    if (KINDS[(int) trace.b(e)].isTable()) {
                        log(e, trace.a(e), FREED);
                    }
                }
                default -> { }
            }
        }
        scanned = Math.max(scanned, end);
    }

    private void log(long event, long slot, long kind) {
        if (logSize == logEvents.length) {
            logEvents = Arrays.copyOf(logEvents, logSize * 2);
            logSlots = Arrays.copyOf(logSlots, logSize * 2);
            logKinds = Arrays.copyOf(logKinds, logSize * 2);
        }
        logEvents[logSize] = event;
        logSlots[logSize] = slot;
        logKinds[logSize] = kind;
        logSize++;
    }

    /** The table level an entry access happened at, from its innermost call-path frame ("level 2"); -1 if none. */
    private int levelOf(long e) { return (info(trace.path(e)) >>> 2) - 1; }

    /** True inside a function (not the operation frame itself) whose name contains "relinquish". */
    private boolean inRelinquish(long e) { return (info(trace.path(e)) & 2) != 0; }

    private int info(int path) {
        if (path >= pathInfo.length) {
            pathInfo = Arrays.copyOf(pathInfo, Math.max(path + 1, 2 * pathInfo.length));
        }
        if (pathInfo[path] == 0) {
            pathInfo[path] = (byte) (1 | (relinquishes(path) ? 2 : 0) | (level(path) + 1) << 2);
        }
        return pathInfo[path];
    }

    private int level(int path) {
        String frame = trace.callPaths().label(path);
        if (frame.length() == 7 && frame.startsWith("level ") && Character.isDigit(frame.charAt(6))) {
            return frame.charAt(6) - '0';
        }
        return -1;
    }

    private boolean relinquishes(int path) {
        CallPaths paths = trace.callPaths();
        for (int p = path; p != CallPaths.ROOT && paths.parent(p) != CallPaths.ROOT; p = paths.parent(p)) {
            if (paths.label(p).contains("relinquish")) {
                return true;
            }
        }
        return false;
    }
}
