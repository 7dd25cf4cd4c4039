package org.p2mdbg.debug.model;

import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.core.trace.StepTargets;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;

/**
 * The one thread of control of a recorded run (the hypervisor executing the scenario's operations).
 * Forward controls: Step Into = next event, Step Over = to the end of the current operation, Step
 * Return = to the end of the current function, Resume = to the next breakpoint (or the end). Each
 * has a reverse twin (step back into/over/return, reverse resume), which the platform has no
 * buttons for: our commands call them.
 */
public final class P2mThread extends P2mDebugElement implements IThread {
    private final P2mDebugTarget target;
    private boolean stepping;
    private IBreakpoint[] hit = new IBreakpoint[0];

    P2mThread(P2mDebugTarget target) {
        super(target);
        this.target = target;
    }

    private P2mSession session() { return target.session(); }

    private Trace trace() { return session().trace(); }

    /** The number of events that have happened: the current event is position - 1. */
    public long position() { return session().position(); }

    // ---- forward ----

    @Override public boolean canStepInto() { return canMoveForward(); }

    @Override public boolean canStepOver() { return canMoveForward(); }

    @Override public boolean canStepReturn() { return canMoveForward() && position() > 0; }

    @Override public boolean canResume() { return canMoveForward(); }

    @Override public void stepInto() { move(position() + 1, DebugEvent.STEP_INTO); }

    @Override public void stepOver() { move(StepTargets.endOfOperation(trace(), position()), DebugEvent.STEP_OVER); }

    @Override public void stepReturn() { move(StepTargets.endOfFunction(trace(), position()), DebugEvent.STEP_RETURN); }

    @Override
    public void resume() {
        List<BreakCondition> conditions = target.breakConditions();
        long e = target.scanner().next(position(), conditions);
        fire(DebugEvent.RESUME, DebugEvent.CLIENT_REQUEST);
        if (e >= 0) {
            session().seek(e + 1);
            suspendedAtBreakpoint();
        } else {
            session().seek(trace().size());
            suspended(DebugEvent.CLIENT_REQUEST);
        }
    }

    // ---- backward ----

    public boolean canStepBack() { return isSuspended() && position() > 0; }

    public void stepBackInto() { move(position() - 1, DebugEvent.STEP_INTO); }

    public void stepBackOver() { move(StepTargets.startOfOperation(trace(), position()), DebugEvent.STEP_OVER); }

    public void stepBackReturn() { move(StepTargets.beforeFunction(trace(), position()), DebugEvent.STEP_RETURN); }

    /** Runs backwards to the previous breakpoint (or the start of the trace). */
    public void reverseResume() {
        long e = target.scanner().previous(position() - 1, target.breakConditions());
        fire(DebugEvent.RESUME, DebugEvent.CLIENT_REQUEST);
        if (e >= 0) {
            session().seek(e + 1);
            suspendedAtBreakpoint();
        } else {
            session().seek(0);
            suspended(DebugEvent.CLIENT_REQUEST);
        }
    }

    /** Jumps to a position (e.g. from the Trace or Findings view) and suspends there. */
    public void jumpTo(long position) { move(position, DebugEvent.CLIENT_REQUEST); }

    private boolean canMoveForward() { return isSuspended() && position() < trace().size(); }

    private void move(long to, int detail) {
        stepping = true;
        fire(DebugEvent.RESUME, detail);
        session().seek(Math.max(0, Math.min(trace().size(), to)));
        stepping = false;
        suspended(detail == DebugEvent.CLIENT_REQUEST ? DebugEvent.CLIENT_REQUEST : DebugEvent.STEP_END);
    }

    void suspended(int detail) {
        hit = new IBreakpoint[0];
        fire(DebugEvent.SUSPEND, detail);
    }

    private void suspendedAtBreakpoint() {
        hit = target.breakpointsAt(position() - 1);
        fire(DebugEvent.SUSPEND, DebugEvent.BREAKPOINT);
    }

    // ---- state ----

    @Override public boolean isSuspended() { return !target.isTerminated() && !stepping; }

    @Override public boolean isStepping() { return stepping; }

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
        return "hypervisor (event " + (p == 0 ? "none yet" : Long.toString(p - 1)) + " of " + trace().size() + ")";
    }

    @Override public IBreakpoint[] getBreakpoints() { return hit.clone(); }
}
