package org.p2mdbg.debug.model;

import java.util.List;
import java.util.function.LongUnaryOperator;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.core.trace.StepTargets;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;

/**
 * The vCPU that runs the scenario's operations: every event of the recorded run happens on it (the
 * trace has one CPU; the hypercall continuations it creates are {@link ContinuationThread}s beside
 * it). Forward controls: Step Into = next event, Step Over = to the end of the current operation,
 * Step Return = to the end of the current function, Resume = to the next breakpoint (or the end).
 * Each has a reverse twin (step back into/over/return, reverse resume), which the platform has no
 * buttons for: our commands call them. Every control moves the one position of the session, so all
 * threads show the machine at the same event.
 */
public class P2mThread extends P2mDebugElement implements IThread {
    private final P2mDebugTarget target;
    private volatile IBreakpoint[] hit = new IBreakpoint[0];

    P2mThread(P2mDebugTarget target) {
        super(target);
        this.target = target;
    }

    final P2mDebugTarget target() { return target; }

    final P2mSession session() { return target.session(); }

    final Trace trace() { return session().trace(); }

    /** The number of events that have happened: the current event is position - 1. */
    public final long position() { return session().position(); }

    // ---- where this thread's controls go (a continuation overrides them) ----

    long stepIntoTarget(long p) { return p + 1; }

    long stepOverTarget(long p) { return StepTargets.endOfOperation(trace(), p); }

    long stepReturnTarget(long p) { return StepTargets.endOfFunction(trace(), p); }

    // ---- forward ----

    @Override public boolean canStepInto() { return canMoveForward(); }

    @Override public boolean canStepOver() { return canMoveForward(); }

    @Override public boolean canStepReturn() { return canMoveForward() && position() > 0; }

    @Override public boolean canResume() { return canMoveForward(); }

    @Override public final void stepInto() { move(this::stepIntoTarget, DebugEvent.STEP_INTO); }

    @Override public final void stepOver() { move(this::stepOverTarget, DebugEvent.STEP_OVER); }

    @Override public final void stepReturn() { move(this::stepReturnTarget, DebugEvent.STEP_RETURN); }

    /** Runs to the next event where an enabled breakpoint holds, or to the end. */
    @Override
    public final void resume() { runToBreakpoint((from, conditions) -> target.scanner().next(from, conditions), trace().size()); }

    /** Where a Resume (forwards or backwards) from a position stops: a breakpoint's event, or -1 for none. */
    private interface BreakSearch {
        long find(long from, List<BreakCondition> conditions);
    }

    private void runToBreakpoint(BreakSearch search, long noBreakpoint) {
        List<BreakCondition> conditions = target.breakConditions();
        target.control(this, DebugEvent.CLIENT_REQUEST, () -> {
            // the search runs outside the session's thread; the move only if no other came first
            long from;
            long e;
            do {
                from = position();
                e = search.find(from, conditions);
            } while (!session().moveFrom(from, e >= 0 ? e + 1 : noBreakpoint));
            return e;
        });
    }

    // ---- backward ----

    public boolean canStepBack() { return isSuspended() && position() > 0; }

    public final void stepBackInto() { move(p -> p - 1, DebugEvent.STEP_INTO); }

    public final void stepBackOver() { move(p -> StepTargets.startOfOperation(trace(), p), DebugEvent.STEP_OVER); }

    public final void stepBackReturn() { move(p -> StepTargets.beforeFunction(trace(), p), DebugEvent.STEP_RETURN); }

    /** Runs backwards to the previous breakpoint (or the start of the trace). */
    public final void reverseResume() { runToBreakpoint((from, conditions) -> target.scanner().previous(from - 1, conditions), 0); }

    /** Jumps to a position (e.g. from the Trace or Findings view) and suspends there. */
    public final void jumpTo(long position) { move(p -> position, DebugEvent.CLIENT_REQUEST); }

    private boolean canMoveForward() { return isSuspended() && position() < trace().size(); }

    private void move(LongUnaryOperator to, int detail) {
        target.control(this, detail, () -> {
            session().move(to);
            return -1L;
        });
    }

    /** Suspended after a control: at a breakpoint's event when {@code breakEvent} >= 0. */
    void suspended(int detail, long breakEvent) {
        hit = breakEvent >= 0 ? target.breakpointsAt(breakEvent) : new IBreakpoint[0];
        fire(DebugEvent.SUSPEND, hit.length > 0 ? DebugEvent.BREAKPOINT : detail);
    }

    // ---- state ----

    @Override public boolean isSuspended() { return !isTerminated() && !target.isStepping(); }

    @Override public boolean isStepping() { return target.isStepping(); }

    @Override public boolean canSuspend() { return false; }

    @Override public void suspend() {
        // never running: every control ends suspended
    }

    @Override public boolean canTerminate() { return target.canTerminate(); }

    @Override public boolean isTerminated() { return target.isTerminated(); }

    @Override public void terminate() { target.terminate(); }

    @Override
    public IStackFrame[] getStackFrames() {
        return isSuspended() ? P2mStackFrame.framesAt(this, session()) : new IStackFrame[0];
    }

    @Override public boolean hasStackFrames() { return isSuspended(); }

    @Override public IStackFrame getTopStackFrame() {
        IStackFrame[] frames = getStackFrames();
        return frames.length == 0 ? null : frames[0];
    }

    @Override public int getPriority() { return 0; }

    @Override public String getName() {
        long p = position();
        return "vCPU 0 (runs the scenario's operations) — " + (p == 0 ? "no event yet" : "event " + (p - 1)) + " of " + trace().size();
    }

    @Override public IBreakpoint[] getBreakpoints() { return hit.clone(); }
}
