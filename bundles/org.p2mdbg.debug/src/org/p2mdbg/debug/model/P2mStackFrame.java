package org.p2mdbg.debug.model;

import java.util.List;

import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;

/**
 * One frame of the call path of the current event, innermost first: e.g. "level 2" &lt;
 * "p2m_get_entry" &lt; "relinquish_p2m_mapping" &lt; "destroy guest (relinquish #2)". The innermost
 * frame holds the event's variables; every frame shows the state of the machine at this event.
 */
public final class P2mStackFrame extends P2mDebugElement implements IStackFrame {
    private final P2mThread thread;
    private final P2mSession session;
    private final String label;
    private final int depth;
    private final boolean top;

    private P2mStackFrame(P2mThread thread, P2mSession session, String label, int depth, boolean top) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.session = session;
        this.label = label;
        this.depth = depth;
        this.top = top;
    }

    static IStackFrame[] framesAt(P2mThread thread, P2mSession session) {
        long p = session.position();
        if (p == 0) {
            return new IStackFrame[] {new P2mStackFrame(thread, session, "start of the scenario (no event yet)", 0, true)};
        }
        Trace trace = session.trace();
        CallPaths paths = trace.callPaths();
        List<String> frames = paths.frames(trace.path(p - 1));
        IStackFrame[] out = new IStackFrame[frames.size()];
        for (int i = 0; i < out.length; i++) {
            int d = frames.size() - i;
            out[i] = new P2mStackFrame(thread, session, frames.get(d - 1), d, i == 0);
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
        return top ? FrameVariables.forCurrentEvent(getDebugTarget(), session) : FrameVariables.forOperation(getDebugTarget(), session);
    }

    @Override public boolean hasVariables() { return true; }

    @Override public int getLineNumber() {
        int op = session.position() == 0 ? -1 : session.trace().operationOf(session.position() - 1);
        return op < 0 ? -1 : session.result().scenario().statements().get(session.result().statementOf(op)).pos().line();
    }

    @Override public int getCharStart() { return -1; }

    @Override public int getCharEnd() { return -1; }

    @Override public String getName() {
        long p = session.position();
        return top && p > 0 ? label + "  [#" + (p - 1) + " " + session.trace().kind(p - 1) + "]" : label;
    }

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
