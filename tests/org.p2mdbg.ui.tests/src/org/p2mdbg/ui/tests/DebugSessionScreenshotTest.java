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
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.debug.launch.ScenarioLaunch;
import org.p2mdbg.debug.model.ContinuationThread;
import org.p2mdbg.debug.model.EventKindBreakpoint;
import org.p2mdbg.debug.model.P2mDebugTarget;
import org.p2mdbg.debug.model.P2mThread;

/**
 * Debug As → P2M Scenario in the workbench: the seed-000 lookup relinquish stopped at its third
 * preemption by an event-kind breakpoint; the Debug view shows the vCPU and the two continuations
 * that exist there, the pending one selected with the stack it resumes in, beside the Variables,
 * Breakpoints and P2M Debugger views (docs/debugging.png).
 */
class DebugSessionScreenshotTest {
    private ILaunch launch;

    @AfterEach
    void cleanUp() throws Exception {
        Ui.endLaunches();
        var manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.removeBreakpoints(manager.getBreakpoints("org.p2mdbg.debug"), true);
    }

    /** Collapses the vCPU in the Debug view, so the continuations show, and selects the pending one's innermost frame. */
    private static void showStack(IWorkbenchPage page, ILaunch launch, P2mThread vcpu, P2mThread pending) throws Exception {
        TreeViewer tree = (TreeViewer) ((IDebugView) page.findView(IDebugUIConstants.ID_DEBUG_VIEW)).getViewer();
        Ui.settle(500);
        tree.collapseToLevel(new TreePath(new Object[] {launch, vcpu.getDebugTarget(), vcpu}), AbstractTreeViewer.ALL_LEVELS);
        TreePath thread = new TreePath(new Object[] {launch, pending.getDebugTarget(), pending});
        tree.expandToLevel(thread, 1);
        Ui.settle(500);
        tree.setSelection(new TreeSelection(thread.createChildPath(pending.getTopStackFrame())), true);
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
        thread.resume();
        // the third preemption: relinquish #3 stops in relinquish_p2m_mapping at gfn 0x403ff
        assertEquals(EventKind.PREEMPTION, target.session().trace().kind(thread.position() - 1));
        assertEquals(preemption, thread.getBreakpoints()[0]);
        assertEquals(3, target.getThreads().length, "the vCPU, #2's continuation (running) and #3's (pending)");
        // step the pending continuation back and forth so that the Debug view selects it and shows where it resumes
        thread.stepInto();   // #2 returns: its continuation is gone, #3's is the last thread
        P2mThread pending = (P2mThread) target.getThreads()[1];
        pending.stepBackInto();
        assertTrue(((ContinuationThread) pending).isPending());
        showStack(page, launch, thread, pending);
        Ui.settle(1500);

        Path png = Ui.screenshotDir().resolve("debugging.png");
        Ui.screenshot(png);
        assertTrue(Files.size(png) > 10_000);
    }
}
