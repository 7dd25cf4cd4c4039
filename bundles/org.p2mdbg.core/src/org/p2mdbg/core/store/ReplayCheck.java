package org.p2mdbg.core.store;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Compares a session file's trace, record by record as it streams in, with the trace the emulator
 * records when it runs the session's scenario again: they must be identical, column for column,
 * down to the final state hash. The first difference is an error at that record's offset.
 */
final class ReplayCheck implements TraceVisitor {
    private final String file;
    private final RunResult replay;
    private final Trace trace;
    private final CallPaths paths;
    private final Iterator<Map.Entry<String, Long>> checkpoints;
    private int pathsSeen;
    private int operationsSeen;
    private int checkpointsSeen;

    ReplayCheck(String file, RunResult replay) {
        this.file = file;
        this.replay = replay;
        this.trace = replay.trace();
        this.paths = trace.callPaths();
        this.checkpoints = replay.checkpoints().entrySet().iterator();
    }

    @Override public void callPath(long offset, int path, int parent, String label) throws SessionFormatException {
        if (path >= paths.size()) {
            throw differs(offset, "call path " + path + " (" + label + ")", "only " + (paths.size() - 1) + " call paths");
        }
        if (paths.parent(path) != parent || !paths.label(path).equals(label)) {
            throw differs(offset, "call path " + path + " = '" + label + "' under path " + parent,
                    "'" + paths.label(path) + "' under path " + paths.parent(path));
        }
        pathsSeen++;
    }

    @Override public void operation(long offset, int operation, long start, String name) throws SessionFormatException {
        if (operation >= trace.operationCount()) {
            throw differs(offset, "operation " + operation + " (" + name + ")", "only " + trace.operationCount() + " operations");
        }
        if (trace.operationStart(operation) != start || !trace.operationName(operation).equals(name)) {
            throw differs(offset, "operation " + operation + " '" + name + "' from event " + start,
                    "'" + trace.operationName(operation) + "' from event " + trace.operationStart(operation));
        }
        operationsSeen++;
    }

    @Override public void event(long offset, RecordedEvent e) throws SessionFormatException {
        long i = e.index();
        if (i >= trace.size()) {
            throw differs(offset, "event " + i, "only " + trace.size() + " events");
        }
        long[] freed = trace.kind(i) == EventKind.FRAME_FREE ? trace.freedContents(i) : null;
        boolean same = trace.kind(i) == e.kind() && trace.path(i) == e.path() && trace.a(i) == e.a() && trace.b(i) == e.b()
                && trace.c(i) == e.c() && Objects.equals(trace.detail(i), e.detail()) && Arrays.equals(freed, e.freedContents());
        if (!same) {
            throw differs(offset, "event " + i + " " + describe(e.kind().name(), e.path(), e.a(), e.b(), e.c(), e.detail(), e.freedContents()),
                    describe(trace.kind(i).name(), trace.path(i), trace.a(i), trace.b(i), trace.c(i), trace.detail(i), freed));
        }
    }

    @Override public void checkpoint(long offset, String name, long position) throws SessionFormatException {
        if (!checkpoints.hasNext()) {
            throw differs(offset, "checkpoint " + name, "only " + checkpointsSeen + " checkpoints");
        }
        Map.Entry<String, Long> c = checkpoints.next();
        if (!c.getKey().equals(name) || c.getValue() != position) {
            throw differs(offset, "checkpoint " + name + " at " + position, "checkpoint " + c.getKey() + " at " + c.getValue());
        }
        checkpointsSeen++;
    }

    @Override public void done(long offset, long events, long stateHash) throws SessionFormatException {
        if (events != trace.size()) {
            throw differs(offset, events + " events", trace.size() + " events");
        }
        if (pathsSeen != paths.size() - 1) {
            throw differs(offset, pathsSeen + " call paths", (paths.size() - 1) + " call paths");
        }
        if (operationsSeen != trace.operationCount()) {
            throw differs(offset, operationsSeen + " operations", trace.operationCount() + " operations");
        }
        if (checkpointsSeen != replay.checkpoints().size()) {
            throw differs(offset, checkpointsSeen + " checkpoints", replay.checkpoints().size() + " checkpoints");
        }
        long hash = replay.machine().stateHash();
        if (stateHash != hash) {
            throw differs(offset, "the final state hash " + Hex.of(stateHash), Hex.of(hash));
        }
    }

    private SessionFormatException differs(long offset, String recorded, String replayed) {
        return new SessionFormatException(file, offset, "expected the trace the scenario records when it runs again, found a difference: the file has "
                + recorded + ", the run has " + replayed + " (the file is damaged, or was saved by a version of the emulator that behaved differently)");
    }

    private static String describe(String kind, int path, long a, long b, long c, String detail, long[] freed) {
        return kind + " path=" + path + " a=" + Hex.of(a) + " b=" + Hex.of(b) + " c=" + Hex.of(c)
                + (detail == null ? "" : " detail='" + detail + "'") + (freed == null ? "" : " freeing a table of " + Arrays.stream(freed).filter(d -> d != 0).count() + " non-zero descriptors (hash "
                + Hex.of(Arrays.hashCode(freed)) + ")");
    }
}
