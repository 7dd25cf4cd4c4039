package org.p2mdbg.debug.ui;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.debug.session.FindingMarkers;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.ui.EventJump;

/**
 * Moves the session of the marker's scenario to the event that proves the finding, as a
 * double-click in the Findings view does. Without such a session it says how to get one.
 */
final class JumpToProvingEvent implements IMarkerResolution2 {
    private final long event;
    private final String rule;

    JumpToProvingEvent(long event, String rule) {
        this.event = event;
        this.rule = rule;
    }

    /** The proving event a finding's marker names, -1 for any other marker. */
    static long event(IMarker marker) {
        try {
            return Long.parseLong(marker.getAttribute(FindingMarkers.EVENT, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override public String getLabel() { return "Jump the debugger to event " + event + ", which proves " + rule; }

    @Override public String getDescription() { return "Makes event " + event + " the current event of the running session of this scenario."; }

    @Override public Image getImage() { return null; }

    @Override
    public void run(IMarker marker) {
        P2mSession session = SessionManager.get().current();
        IPath location = marker.getResource().getLocation();
        if (location != null && FindingMarkers.isSessionOf(session, location.toPath())) {
            EventJump.to(session, event);
        } else {
            MessageDialog.openInformation(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                    "No session of " + marker.getResource().getName(),
                    "Debug " + marker.getResource().getName() + " (Debug As → P2M Scenario) to jump to event " + event + ".");
        }
    }
}
