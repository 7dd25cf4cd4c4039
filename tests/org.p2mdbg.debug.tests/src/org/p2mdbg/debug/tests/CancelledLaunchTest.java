package org.p2mdbg.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.Launch;
import org.junit.jupiter.api.Test;
import org.p2mdbg.debug.launch.ScenarioLaunch;
import org.p2mdbg.debug.launch.ScenarioLaunchDelegate;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;

/**
 * A launch runs its scenario statement by statement under the launch's progress monitor: cancelled
 * (the Progress view's button), it stops between two statements with a CANCEL status, adds no
 * debug target and leaves the session the views show as it was.
 */
class CancelledLaunchTest {
    @Test
    void aCancelledLaunchAddsNoTargetAndKeepsTheSession() throws Exception {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(ScenarioLaunch.TYPE_ID).newInstance(null, "cancelled");
        wc.setAttribute(ScenarioLaunch.ATTR_FILE, LaunchingTest.EXAMPLES.resolve("seed000-relinquish-remove.p2m").toString());
        Launch launch = new Launch(wc, ILaunchManager.DEBUG_MODE, null);
        P2mSession before = SessionManager.get().current();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        CoreException e = assertThrows(CoreException.class,
                () -> new ScenarioLaunchDelegate().launch(wc, ILaunchManager.DEBUG_MODE, launch, cancelled));

        assertEquals(IStatus.CANCEL, e.getStatus().getSeverity());
        assertEquals(0, launch.getDebugTargets().length);
        assertSame(before, SessionManager.get().current());
    }
}
