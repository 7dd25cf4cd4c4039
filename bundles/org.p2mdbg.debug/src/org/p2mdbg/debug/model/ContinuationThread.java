package org.p2mdbg.debug.model;

import org.eclipse.debug.core.model.IStackFrame;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.Continuation;
import org.p2mdbg.core.trace.Continuations;

/**
 * A hypercall continuation: a call preempted with -ERESTART, from its preemption until the call that
 * resumes it returns. While pending its stack is where it will resume (the preempted function, with
 * the frame it resumes at); once resumed it runs on the vCPU and shows the current call path. Step
 * Into runs to its resumption, Step Over until it has completed.
 */
public final class ContinuationThread extends P2mThread {
    private final Continuation continuation;

    ContinuationThread(P2mDebugTarget target, Continuation continuation) {
        super(target);
        this.continuation = continuation;
    }

    public Continuation continuation() { return continuation; }

    /** Whether it waits at its resume point (it exists and has not resumed yet). */
    public boolean isPending() { return continuation.pendingAt(position()); }

    @Override long stepIntoTarget(long p) { return isPending() && continuation.resumed() ? continuation.resumption() + 1 : p + 1; }

    @Override long stepOverTarget(long p) { return completion(); }

    @Override long stepReturnTarget(long p) { return isPending() ? completion() : super.stepReturnTarget(p); }

    private long completion() { return continuation.completion() == Continuations.NEVER ? trace().size() : continuation.completion(); }

    /** Gone before its preemption and after its completion (or when the session ends). */
    @Override public boolean isTerminated() { return super.isTerminated() || !continuation.existsAt(position()); }

    @Override
    public IStackFrame[] getStackFrames() {
        if (!isSuspended()) {
            return new IStackFrame[0];
        }
        return isPending() ? P2mStackFrame.resumePoint(this, session(), continuation) : P2mStackFrame.framesAt(this, session());
    }

    @Override
    public String getName() {
        String state;
        if (!continuation.resumed()) {
            state = "pending, never resumed in this run";
        } else if (isPending()) {
            state = "pending, resumes in " + trace().operationName(trace().operationOf(continuation.resumption()));
        } else {
            state = "running since event " + continuation.resumption();
        }
        return "continuation of " + trace().operationName(continuation.operation()) + ": " + continuation.function()
                + " -ERESTART at event " + continuation.preemption() + ", resumes at " + Hex.of(continuation.resumesAt()) + " — " + state;
    }
}
