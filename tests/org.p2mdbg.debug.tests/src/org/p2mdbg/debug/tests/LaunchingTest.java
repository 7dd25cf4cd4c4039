package org.p2mdbg.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.AfterEach;
import org.p2mdbg.debug.launch.ScenarioLaunch;
import org.p2mdbg.debug.model.P2mDebugTarget;

/** Tests that launch an example in debug mode through the launch manager, and clean up after it. */
abstract class LaunchingTest {
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    private ILaunch launch;

    @AfterEach
    void cleanUp() throws CoreException {
        if (launch != null) {
            launch.terminate();
        }
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints("org.p2mdbg.debug"), true);
    }

    P2mDebugTarget debug(String example) throws CoreException { return debug(example, Map.of()); }

    /** Launches with a launch configuration's option overrides ({@link ScenarioLaunch#ATTR_OPTIONS}). */
    P2mDebugTarget debug(String example, Map<String, String> overrides) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(ScenarioLaunch.TYPE_ID)
                .newInstance(null, example);
        wc.setAttribute(ScenarioLaunch.ATTR_FILE, EXAMPLES.resolve(example).toString());
        wc.setAttribute(ScenarioLaunch.ATTR_OPTIONS, overrides);
        launch = wc.launch(ILaunchManager.DEBUG_MODE, new NullProgressMonitor());
        assertEquals(1, launch.getDebugTargets().length);
        return (P2mDebugTarget) launch.getDebugTargets()[0];
    }
}
