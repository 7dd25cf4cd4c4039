package org.p2mdbg.debug.model;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.debug.session.P2mSession;

/**
 * A breakpoint on the recorded run: persisted as a marker on the workspace root (it belongs to no
 * file), listed in the Breakpoints view, enabled and disabled there. Subclasses say which events
 * stop the run.
 */
public abstract class P2mBreakpoint extends Breakpoint {
    /** Creates the marker (of the subclass's marker type) with its attributes and registers the breakpoint. */
    protected void create(String markerType, String message, Map<String, Object> attributes) throws CoreException {
        IResource root = ResourcesPlugin.getWorkspace().getRoot();
        IWorkspaceRunnable body = monitor -> {
            IMarker marker = root.createMarker(markerType);
            setMarker(marker);
            marker.setAttributes(attributes);
            marker.setAttribute(IMarker.MESSAGE, message);
            marker.setAttribute(ENABLED, true);
            marker.setAttribute(PERSISTED, true);
            marker.setAttribute(ID, getModelIdentifier());
        };
        run(getMarkerRule(root), body);
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
    }

    @Override
    public String getModelIdentifier() { return P2mDebugElement.MODEL_ID; }

    /** What the breakpoint stops on, for a session (null when it cannot apply to it, e.g. unknown domain). */
    public abstract BreakCondition condition(P2mSession session) throws CoreException;

    /** The text the Breakpoints view shows. */
    public String description() {
        IMarker m = getMarker();
        return m == null ? getClass().getSimpleName() : m.getAttribute(IMarker.MESSAGE, getClass().getSimpleName());
    }
}
