package org.p2mdbg.debug.model;

import java.util.List;

import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.Continuation;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;

/**
 * One frame of a call path, innermost first: e.g. "level 2" &lt; "p2m_get_entry" &lt;
 * "relinquish_p2m_mapping" &lt; "destroy guest (relinquish #2)". For a running thread it is the call
 * path of the current event, whose innermost frame holds the event's variables; for a pending
 * continuation, the call path it was preempted in, whose innermost frame says where it resumes.
 * Every frame shows the state of the machine at the current event.
 */
public final class P2mStackFrame extends P2mDebugElement implements IStackFrame {
    private final P2mThread thread;
    private final P2mSession session;
    private final String label;
    private final int depth;
    /** The event the innermost frame decodes (-1: none, or not the innermost frame). */
    private final long event;
    /** The operation whose statement is the frame's line, -1 for none. */
    private final int operation;
    /** The innermost frame's name, null for the other frames. */
    private final String topName;

    private P2mStackFrame(P2mThread thread, String label, int depth, long event, int operation, String topName) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.session = thread.session();
        this.label = label;
        this.depth = depth;
        this.event = event;
        this.operation = operation;
        this.topName = topName;
    }

    /** The call path of the current event. */
    static IStackFrame[] framesAt(P2mThread thread, P2mSession session) {
        long p = session.position();
        if (p == 0) {
            return new IStackFrame[] {new P2mStackFrame(thread, "start of the scenario (no event yet)", 0, -1, -1, "start of the scenario (no event yet)")};
        }
        long e = p - 1;
        List<String> frames = session.trace().callPaths().frames(session.trace().path(e));
        String innermost = frames.get(frames.size() - 1);
        return frames(thread, frames, e, session.trace().operationOf(e), innermost + "  [#" + e + " " + session.trace().kind(e) + "]");
    }

    /** Where a pending continuation resumes: the path it was preempted in, in the operation that resumes it. */
    static IStackFrame[] resumePoint(P2mThread thread, P2mSession session, Continuation c) {
        Trace trace = session.trace();
        List<String> frames = trace.callPaths().frames(trace.path(c.preemption()));
        int resumesIn = c.resumed() ? trace.operationOf(c.resumption()) : c.operation();
        return frames(thread, frames, c.preemption(), resumesIn,
                c.function() + "  [resumes at " + Hex.of(c.resumesAt()) + ", -ERESTART at #" + c.preemption() + "]");
    }

    private static IStackFrame[] frames(P2mThread thread, List<String> frames, long event, int operation, String topName) {
        IStackFrame[] out = new IStackFrame[frames.size()];
        for (int i = 0; i < out.length; i++) {
            int d = frames.size() - i;
            out[i] = i == 0 ? new P2mStackFrame(thread, frames.get(d - 1), d, event, operation, topName)
                    : new P2mStackFrame(thread, frames.get(d - 1), d, -1, operation, null);
        }
        return out;
    }

    /** The frame's own name, as recorded in the call path (a function, a level, an operation). */
    public String label() { return label; }

    /** 1 for the operation, deeper for the functions it called. */
    public int depth() { return depth; }

    @Override public IThread getThread() { return thread; }

    @Override
    public IVariable[] getVariables() {
        return topName != null ? FrameVariables.forEvent(getDebugTarget(), session, event) : FrameVariables.forOperation(getDebugTarget(), session);
    }

    @Override public boolean hasVariables() { return true; }

    @Override public int getLineNumber() {
        var pos = session.result().sourceOfOperation(operation);
        return pos == null ? -1 : pos.line();
    }

    @Override public int getCharStart() { return -1; }

    @Override public int getCharEnd() { return -1; }

    @Override public String getName() { return topName != null ? topName : label; }

    @Override public IRegisterGroup[] getRegisterGroups() { return new IRegisterGroup[0]; }

    @Override public boolean hasRegisterGroups() { return false; }

    // run control is the thread's
    @Override public boolean canStepInto() { return thread.canStepInto(); }
    @Override public boolean canStepOver() { return thread.canStepOver(); }
    @Override public boolean canStepReturn() { return thread.canStepReturn(); }
    @Override public boolean isStepping() { return thread.isStepping(); }
    @Override public void stepInto() { thread.stepInto(); }
    @Override public void stepOver() { thread.stepOver(); }
    @Override public void stepReturn() { thread.stepReturn(); }
    @Override public boolean canResume() { return thread.canResume(); }
    @Override public boolean canSuspend() { return false; }
    @Override public boolean isSuspended() { return thread.isSuspended(); }
    @Override public void resume() { thread.resume(); }
    @Override public void suspend() { thread.suspend(); }
    @Override public boolean canTerminate() { return thread.canTerminate(); }
    @Override public boolean isTerminated() { return thread.isTerminated(); }
    @Override public void terminate() { thread.terminate(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof P2mStackFrame f && f.thread == thread && f.depth == depth && f.label.equals(label);
    }

    @Override public int hashCode() { return label.hashCode() * 31 + depth; }
}
