package org.p2mdbg.debug.ui;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.p2mdbg.debug.session.FindingMarkers;

/** Offers, on a finding's marker (Quick Fix in the Problems view and the editor's ruler), the jump to its proving event. */
public final class FindingMarkerResolutions implements IMarkerResolutionGenerator2 {
    @Override
    public boolean hasResolutions(IMarker marker) {
        return JumpToProvingEvent.event(marker) >= 0;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        long event = JumpToProvingEvent.event(marker);
        return event < 0 ? new IMarkerResolution[0]
                : new IMarkerResolution[] { new JumpToProvingEvent(event, marker.getAttribute(FindingMarkers.RULE, "the finding")) };
    }
}
