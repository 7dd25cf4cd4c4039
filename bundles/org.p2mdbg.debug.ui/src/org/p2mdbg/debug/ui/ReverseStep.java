package org.p2mdbg.debug.ui;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.DebugUITools;
import org.p2mdbg.debug.model.P2mDebugTarget;
import org.p2mdbg.debug.model.P2mThread;

/**
 * The reverse run controls, which the platform has no commands for: Step Back Into / Over /
 * Return and Reverse Resume, on the P2M thread selected in the Debug view.
 */
public abstract class ReverseStep extends AbstractHandler {
    private final Consumer<P2mThread> action;

    private final IDebugEventSetListener refresh = events -> fireHandlerChanged(new HandlerEvent(this, true, false));

    ReverseStep(Consumer<P2mThread> action) {
        this.action = action;
        DebugPlugin.getDefault().addDebugEventListener(refresh);
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().removeDebugEventListener(refresh);
        super.dispose();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        P2mThread thread = selectedThread();
        if (thread != null && thread.canStepBack()) {
            action.accept(thread);
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        P2mThread thread = selectedThread();
        return thread != null && thread.canStepBack();
    }

    /** The P2M thread selected in the Debug view, or the selected frame's; the vCPU when the target is selected. */
    static P2mThread selectedThread() {
        IAdaptable context = DebugUITools.getDebugContext();
        if (context == null) {
            return null;
        }
        Object element = context.getAdapter(IDebugElement.class);
        if (element instanceof IStackFrame f && f.getThread() instanceof P2mThread t) {
            return t;
        }
        if (element instanceof P2mThread t) {
            return t;
        }
        if (element instanceof IDebugElement e && e.getDebugTarget() instanceof P2mDebugTarget t) {
            return t.thread();
        }
        return null;
    }

    /** Step Back Into: the previous event. */
    public static final class Into extends ReverseStep {
        public Into() { super(P2mThread::stepBackInto); }
    }

    /** Step Back Over: to before the current operation. */
    public static final class Over extends ReverseStep {
        public Over() { super(P2mThread::stepBackOver); }
    }

    /** Step Back Return: to before the current function was entered. */
    public static final class Return extends ReverseStep {
        public Return() { super(P2mThread::stepBackReturn); }
    }

    /** Reverse Resume: back to the previous breakpoint, or the start. */
    public static final class Resume extends ReverseStep {
        public Resume() { super(P2mThread::reverseResume); }
    }
}
