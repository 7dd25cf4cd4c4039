package org.p2mdbg.debug.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.store.SessionSource;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.ModelBuilder;

/**
 * One debugging session: a scenario that was run, the option overrides it ran with
 * ({@link SessionOptions}), its recorded trace, a cursor that puts the
 * machine into the state of any event, and the lazy EMF model the views show. Moving the cursor
 * refreshes the model in place (EMF notifications) and tells the listeners. Both happen on the
 * sessions' confining thread ({@link SessionManager#confinement()}), and so must every read of the
 * machine or the model from another thread ({@link #read}): they never see half a move.
 */
public final class P2mSession {
    private final String name;
    private final Path file;
    /** What the run was made from: what a save writes. */
    private final SessionSource source;
    private final RunResult result;
    /** The machine's state hash at the end of the run, which a saved session ends with (the machine moves as the user steps). */
    private final long endStateHash;
    private final TraceCursor cursor;
    private final LiveMachine model;
    private volatile SessionManager manager;
    /** The cursor's position, published for any thread once a move is complete. */
    private volatile long position;

    /** @param result {@code source} run: its scenario with its overrides (and its injected faults) */
    public P2mSession(String name, Path file, SessionSource source, RunResult result) {
        this.source = source;
        this.name = name;
        this.file = file;
        this.result = result;
        this.endStateHash = result.machine().stateHash();   // the run just ended: nothing has moved it yet
        this.cursor = new TraceCursor(result.trace(), result.machine().frames());
        this.model = ModelBuilder.build(result.machine(), result.xenPageTables());
        this.model.showFindings(result.findings());
        this.model.showSystems(result.systems());
        this.position = cursor.position();
    }

    public String name() { return name; }

    /** The scenario file, or null for a session made from text. */
    public Path file() { return file; }

    public RunResult result() { return result; }

    public long endStateHash() { return endStateHash; }

    /** The scenario text, overrides and injected faults the run was made from. */
    public SessionSource source() { return source; }

    /** The option overrides the session ran with: a re-run with them reproduces it. */
    public Map<String, String> options() { return source.overrides(); }

    public Machine machine() { return result.machine(); }

    public Trace trace() { return result.trace(); }

    public TraceCursor cursor() { return cursor; }

    /** The root of the EMF model of this session (created lazily from the core as it is browsed). */
    public LiveMachine model() { return model; }

    /** The number of events that have happened at the current position (the last complete move's). */
    public long position() { return position; }

    /** Puts the machine into its state after {@code event} events and tells the views. */
    public void seek(long event) { move(p -> event); }

    /**
     * Moves to the position {@code target} computes from the current one, as one step: no other
     * move runs between reading the position and reaching the target. Returns the new position.
     */
    public long move(LongUnaryOperator target) {
        long[] reached = new long[1];
        confined(() -> reached[0] = seekConfined(target.applyAsLong(cursor.position())));
        return reached[0];
    }

    /**
     * Moves to {@code target} only if the session is still at {@code from} (a Resume that searched
     * for its breakpoint outside the confining thread); false when another move came first.
     */
    public boolean moveFrom(long from, long target) {
        boolean[] moved = new boolean[1];
        confined(() -> {
            if (cursor.position() == from) {
                seekConfined(target);
                moved[0] = true;
            }
        });
        return moved[0];
    }

    /** Reads the machine or the model at a position no move can change while the reader runs. */
    public <T> T read(Supplier<T> reader) {
        List<T> out = new ArrayList<>(1);
        confined(() -> out.add(reader.get()));
        return out.get(0);
    }

    private void confined(Runnable task) { SessionManager.get().confinement().runAndWait(task); }

    private long seekConfined(long event) {
        cursor.seek(Math.max(0, Math.min(result.trace().size(), event)));
        model.refresh(cursor.position());
        position = cursor.position();
        SessionManager m = manager;
        if (m != null) {
            m.firePositionChanged(this);
        }
        return position;
    }

    void setManager(SessionManager manager) { this.manager = manager; }
}
