package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.debug.launch.ScenarioLaunch;
import org.p2mdbg.debug.model.EventKindBreakpoint;
import org.p2mdbg.debug.model.P2mDebugTarget;
import org.p2mdbg.debug.model.P2mThread;

/**
 * Debug As → P2M Scenario in the workbench: the seed-000 lookup relinquish stopped at its second
 * preemption by an event-kind breakpoint, then stepped back into the relinquish loop, with the
 * Debug, Variables and Breakpoints views beside the P2M Debugger views (docs/debugging.png).
 */
class DebugSessionScreenshotTest {
    private ILaunch launch;

    @AfterEach
    void cleanUp() throws Exception {
        if (launch != null) {
            launch.terminate();
        }
        var manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.removeBreakpoints(manager.getBreakpoints("org.p2mdbg.debug"), true);
    }

    @Test
    void debuggingARelinquishWithPreemption() throws Exception {
        IWorkbenchPage page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(ScenarioLaunch.TYPE_ID)
                .newInstance(null, "seed000 lookup");
        wc.setAttribute(ScenarioLaunch.ATTR_FILE, Ui.example("seed000-relinquish-lookup").toAbsolutePath().normalize().toString());
        wc.setAttribute(ScenarioLaunch.ATTR_OPTIONS, Map.of());
        IBreakpoint preemption = new EventKindBreakpoint(EventKind.PREEMPTION);
        launch = wc.launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
        P2mDebugTarget target = (P2mDebugTarget) launch.getDebugTargets()[0];
        P2mThread thread = target.thread();

        page.showView(IDebugUIConstants.ID_DEBUG_VIEW);
        page.showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
        thread.resume();
        thread.resume();
        assertEquals(EventKind.PREEMPTION, target.session().trace().kind(thread.position() - 1));
        assertEquals(preemption, thread.getBreakpoints()[0]);
        thread.stepBackInto();
        thread.stepBackInto();
        Ui.settle(1500);

        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        Path dir = Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
        Path png = dir.resolve("debugging.png");
        Ui.screenshot(png);
        assertTrue(Files.size(png) > 10_000);
    }
}
