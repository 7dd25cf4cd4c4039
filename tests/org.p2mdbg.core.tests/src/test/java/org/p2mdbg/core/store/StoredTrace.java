package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Everything a session file holds, collected by a plain visitor (no replay): the independent
 * model the round-trip tests compare with the trace that was saved, column by column.
 */
final class StoredTrace implements TraceVisitor {
    SessionSource source;
    final List<Integer> pathParents = new ArrayList<>();
    final List<String> pathLabels = new ArrayList<>();
    final List<Long> operationStarts = new ArrayList<>();
    final List<String> operationNames = new ArrayList<>();
    final List<RecordedEvent> events = new ArrayList<>();
    final Map<String, Long> checkpoints = new LinkedHashMap<>();
    long doneEvents = -1;
    long stateHash;

    /** Reads a whole file structurally. */
    static StoredTrace read(byte[] file) throws IOException {
        StoredTrace t = new StoredTrace();
        SessionReader r = new SessionReader(new ByteArrayInputStream(file), file.length, "t.p2mt");
        t.source = r.readSource();
        r.readTrace(t);
        return t;
    }

    @Override public void callPath(long offset, int path, int parent, String label) {
        assertEquals(pathParents.size() + 1, path);
        pathParents.add(parent);
        pathLabels.add(label);
    }

    @Override public void operation(long offset, int operation, long start, String name) {
        assertEquals(operationStarts.size(), operation);
        operationStarts.add(start);
        operationNames.add(name);
    }

    @Override public void event(long offset, RecordedEvent e) { events.add(e); }

    @Override public void checkpoint(long offset, String name, long position) { checkpoints.put(name, position); }

    @Override public void done(long offset, long n, long hash) {
        doneEvents = n;
        stateHash = hash;
    }

    /** Every column of the run's trace, its call paths, operations, checkpoints and final state hash, equal to the file's. */
    void assertHolds(RunResult r) {
        Trace trace = r.trace();
        CallPaths paths = trace.callPaths();
        assertEquals(paths.size() - 1, pathLabels.size(), "call paths");
        for (int p = 1; p < paths.size(); p++) {
            assertEquals(paths.parent(p), pathParents.get(p - 1), "parent of path " + p);
            assertEquals(paths.label(p), pathLabels.get(p - 1), "label of path " + p);
        }
        assertEquals(trace.operationCount(), operationNames.size(), "operations");
        for (int op = 0; op < trace.operationCount(); op++) {
            assertEquals(trace.operationStart(op), operationStarts.get(op), "start of operation " + op);
            assertEquals(trace.operationName(op), operationNames.get(op), "name of operation " + op);
        }
        assertEquals(trace.size(), events.size(), "events");
        assertEquals(trace.size(), doneEvents, "event count of DONE");
        for (RecordedEvent e : events) {
            long i = e.index();
            assertEquals(trace.kind(i), e.kind(), "kind of event " + i);
            assertEquals(trace.path(i), e.path(), "path of event " + i);
            assertEquals(trace.a(i), e.a(), "a of event " + i);
            assertEquals(trace.b(i), e.b(), "b of event " + i);
            assertEquals(trace.c(i), e.c(), "c of event " + i);
            assertEquals(trace.detail(i), e.detail(), "detail of event " + i);
            assertArrayEquals(trace.kind(i) == EventKind.FRAME_FREE ? trace.freedContents(i) : null, e.freedContents(), "freed contents of event " + i);
        }
        assertEquals(r.checkpoints(), checkpoints, "checkpoints");
        assertEquals(r.machine().stateHash(), stateHash, "state hash");
    }
}
