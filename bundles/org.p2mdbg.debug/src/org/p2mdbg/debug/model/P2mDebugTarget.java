package org.p2mdbg.debug.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.p2mdbg.core.check.MachineRoots;
import org.p2mdbg.core.check.TableRoot;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.core.trace.BreakScanner;
import org.p2mdbg.core.trace.Continuation;
import org.p2mdbg.core.trace.Continuations;
import org.p2mdbg.core.trace.EntryLocator;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionListener;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.debug.session.SessionOptions;

/**
 * The emulated machine of one session as an Eclipse debug target. The scenario already ran and was
 * recorded, so every run control (resume, steps, and their reverse) moves the session's cursor
 * through the trace and suspends again; the machine state always matches the cursor. Its threads
 * are the vCPU that runs the operations and the hypercall continuations that exist at the current
 * event ({@link ContinuationThread}): they appear and vanish as the position moves.
 */
public final class P2mDebugTarget extends P2mDebugElement implements IDebugTarget {
    private final ILaunch launch;
    private final P2mSession session;
    private final P2mThread thread;
    private final Continuations continuations;
    private final Map<Continuation, ContinuationThread> continuationThreads = new HashMap<>();
    private final BreakScanner scanner;
    /** How many run controls are moving the session (their threads are not suspended meanwhile). */
    private final AtomicInteger moving = new AtomicInteger();
    /** The threads the Debug view was last told about. */
    private List<P2mThread> shown = List.of();
    private volatile boolean terminated;
    /** Moves that did not come from a run control (a jump from the Trace or Findings view) refresh the Debug view too. */
    private final SessionListener jumps = new SessionListener() {
        @Override public void sessionChanged(P2mSession s) {
            // a new session does not end this one's launch
        }

        @Override public void positionChanged(P2mSession s) {
            if (s == session && !isStepping() && !terminated) {
                threadsMoved();
                thread.suspended(DebugEvent.CLIENT_REQUEST, -1);
            }
        }
    };

    public P2mDebugTarget(ILaunch launch, P2mSession session) {
        super(null);
        this.launch = launch;
        this.session = session;
        this.thread = new P2mThread(this);
        this.continuations = Continuations.of(session.trace());
        continuations.all().forEach(c -> continuationThreads.put(c, new ContinuationThread(this, c)));
        List<TableRoot> roots = MachineRoots.p2mRoots(session.machine());
        this.scanner = new BreakScanner(session.trace(), () -> {
            EntryLocator l = new EntryLocator(session.trace());
            roots.forEach(r -> l.addRoot(r.mfn().value(), r.pages(), r.owner(), r.level()));
            return l;
        });
    }

    /** Starts suspended before the first event, unless a breakpoint asks to run to it. */
    public void start() {
        fire(DebugEvent.CREATE, DebugEvent.UNSPECIFIED);
        moving.incrementAndGet();
        try {
            session.seek(0);
        } finally {
            moving.decrementAndGet();
        }
        threadsMoved();
        thread.suspended(DebugEvent.CLIENT_REQUEST, -1);
        SessionManager.get().addListener(jumps);
    }

    /**
     * Runs one control of {@code actor}: it resumes, {@code move} moves the session (and returns the
     * event of the breakpoint it stopped at, or -1), threads that appeared or vanished are told, and
     * the actor suspends again; the vCPU does when the move ended the actor (a continuation that
     * completed). Controls from several threads may overlap; the session serialises their moves.
     */
    void control(P2mThread actor, int detail, LongSupplier move) {
        moving.incrementAndGet();
        actor.fire(DebugEvent.RESUME, detail);
        long breakEvent;
        try {
            breakEvent = move.getAsLong();
        } finally {
            moving.decrementAndGet();
        }
        threadsMoved();
        P2mThread suspended = actor.isTerminated() ? thread : actor;
        suspended.suspended(detail == DebugEvent.CLIENT_REQUEST ? DebugEvent.CLIENT_REQUEST : DebugEvent.STEP_END, breakEvent);
    }

    boolean isStepping() { return moving.get() > 0; }

    /** The threads at the current position: the vCPU, then the continuations by age. */
    private List<P2mThread> liveThreads() {
        List<P2mThread> out = new ArrayList<>();
        out.add(thread);
        continuations.at(session.position()).forEach(c -> out.add(continuationThreads.get(c)));
        return out;
    }

    /** Tells the Debug view which threads were created or ended by a move, and that the others changed. */
    private synchronized void threadsMoved() {
        List<P2mThread> now = liveThreads();
        for (P2mThread t : shown) {
            if (!now.contains(t)) {
                t.fire(DebugEvent.TERMINATE, DebugEvent.UNSPECIFIED);
            }
        }
        for (P2mThread t : now) {
            t.fire(shown.contains(t) ? DebugEvent.CHANGE : DebugEvent.CREATE, shown.contains(t) ? DebugEvent.CONTENT : DebugEvent.UNSPECIFIED);
        }
        shown = now;
    }

    public P2mSession session() { return session; }

    public P2mThread thread() { return thread; }

    /** The enabled P2M breakpoints with what each stops on in this session. */
    private Map<IBreakpoint, BreakCondition> enabledConditions() {
        Map<IBreakpoint, BreakCondition> out = new LinkedHashMap<>();
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MODEL_ID)) {
            try {
                if (b.isEnabled() && b instanceof P2mBreakpoint p) {
                    BreakCondition c = p.condition(session);
                    if (c != null) {
                        out.put(b, c);
                    }
                }
            } catch (CoreException e) {
                // a breakpoint whose marker is gone no longer stops anything
            }
        }
        return out;
    }

    List<BreakCondition> breakConditions() { return new ArrayList<>(enabledConditions().values()); }

    BreakScanner scanner() { return scanner; }

    /** The enabled P2M breakpoints whose condition holds at an event. */
    IBreakpoint[] breakpointsAt(long event) {
        return enabledConditions().entrySet().stream().filter(b -> scanner.holdsAt(event, b.getValue()))
                .map(Map.Entry::getKey).toArray(IBreakpoint[]::new);
    }

    @Override public IDebugTarget getDebugTarget() { return this; }

    @Override public ILaunch getLaunch() { return launch; }

    @Override public IProcess getProcess() { return null; }

    @Override public IThread[] getThreads() { return terminated ? new IThread[0] : liveThreads().toArray(IThread[]::new); }

    @Override public boolean hasThreads() { return !terminated; }

    @Override public String getName() {
        return "P2M machine " + session.machine().arch().scenarioName() + " — " + session.name()
                + " [" + SessionOptions.describe(session.options()) + "]";
    }

    @Override public boolean supportsBreakpoint(IBreakpoint breakpoint) { return breakpoint instanceof P2mBreakpoint; }

    @Override public boolean canTerminate() { return !terminated; }

    @Override public boolean isTerminated() { return terminated; }

    @Override
    public void terminate() {
        terminated = true;
        SessionManager.get().removeListener(jumps);
        synchronized (this) {
            shown.forEach(t -> t.fire(DebugEvent.TERMINATE, DebugEvent.UNSPECIFIED));
            shown = List.of();
        }
        fire(DebugEvent.TERMINATE, DebugEvent.UNSPECIFIED);
    }

    @Override public boolean canResume() { return thread.canResume(); }

    @Override public boolean canSuspend() { return false; }

    @Override public boolean isSuspended() { return thread.isSuspended(); }

    @Override public void resume() { thread.resume(); }

    @Override public void suspend() {
        // a recorded run is always suspended between run controls
    }

    @Override public void breakpointAdded(IBreakpoint breakpoint) {
        // breakpoints are read from the manager at each run control
    }

    @Override public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        // as above
    }

    @Override public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        // as above
    }

    @Override public boolean canDisconnect() { return false; }

    @Override public void disconnect() {
        // nothing is attached: the machine lives in this process
    }

    @Override public boolean isDisconnected() { return false; }

    @Override public boolean supportsStorageRetrieval() { return false; }

    @Override public IMemoryBlock getMemoryBlock(long startAddress, long length) { return null; }
}
