package org.p2mdbg.debug.session;

import java.nio.file.Path;

import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.ModelBuilder;

/**
 * One debugging session: a scenario that was run, its recorded trace, a cursor that puts the
 * machine into the state of any event, and the lazy EMF model the views show. Moving the cursor
 * refreshes the model in place (EMF notifications) and tells the listeners.
 */
public final class P2mSession {
    private final String name;
    private final Path file;
    private final RunResult result;
    private final TraceCursor cursor;
    private final LiveMachine model;
    private volatile SessionManager manager;

    public P2mSession(String name, Path file, RunResult result) {
        this.name = name;
        this.file = file;
        this.result = result;
        this.cursor = new TraceCursor(result.trace(), result.machine().frames());
        this.model = ModelBuilder.build(result.machine(), result.xenPageTables());
        this.model.showFindings(result.findings());
        this.model.showSystems(result.systems());
    }

    public String name() { return name; }

    /** The scenario file, or null for a session made from text. */
    public Path file() { return file; }

    public RunResult result() { return result; }

    public Machine machine() { return result.machine(); }

    public Trace trace() { return result.trace(); }

    public TraceCursor cursor() { return cursor; }

    /** The root of the EMF model of this session (created lazily from the core as it is browsed). */
    public LiveMachine model() { return model; }

    /** The number of events that have happened at the current position. */
    public long position() { return cursor.position(); }

    /** Puts the machine into its state after {@code event} events and tells the views. */
    public synchronized void seek(long event) {
        cursor.seek(event);
        model.refresh(cursor.position());
        SessionManager m = manager;
        if (m != null) {
            m.firePositionChanged(this);
        }
    }

    void setManager(SessionManager manager) { this.manager = manager; }
}
