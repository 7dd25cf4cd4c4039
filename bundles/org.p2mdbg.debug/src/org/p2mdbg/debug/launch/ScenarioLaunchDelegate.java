package org.p2mdbg.debug.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.debug.model.P2mDebugTarget;
import org.p2mdbg.debug.session.IdeOutOfMemory;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionOpener;

/**
 * Runs a scenario file (with the preferred variants and the configuration's option overrides on
 * top, {@link org.p2mdbg.debug.session.SessionOptions}) and makes it the session the
 * P2M Debugger views show; in debug mode it also adds a debug target, suspended before the first
 * event. A malformed scenario fails the launch with its file:line:col message.
 */
public final class ScenarioLaunchDelegate extends LaunchConfigurationDelegate {
    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        String file = configuration.getAttribute(ScenarioLaunch.ATTR_FILE, "");
        Map<String, String> options = configuration.getAttribute(ScenarioLaunch.ATTR_OPTIONS, Map.of());
        Path path = Path.of(file);
        if (file.isBlank() || !Files.isRegularFile(path)) {
            throw new CoreException(Status.error("P2M Scenario: no such scenario file: '" + file + "'"));
        }
        try {
            // statement by statement: the Progress view shows which one runs, and Cancel stops between two
            P2mSession session = SessionOpener.open(path, options, monitor);
            launch.setAttribute(ScenarioLaunch.ATTR_FILE, file);
            if (ILaunchManager.DEBUG_MODE.equals(mode)) {
                P2mDebugTarget target = new P2mDebugTarget(launch, session);
                launch.addDebugTarget(target);
                target.start();
            }
            monitor.subTask(session.trace().size() + " events recorded");
        } catch (OperationCanceledException e) {
            throw new CoreException(Status.CANCEL_STATUS);   // no target; the current session stays
        } catch (OutOfMemoryError e) {
            // the half-recorded run is unreachable by now, so there is room to say so
            throw new CoreException(new Status(IStatus.ERROR, "org.p2mdbg.debug", "P2M Scenario " + path.getFileName() + ": "
                    + IdeOutOfMemory.message()));
        } catch (ScenarioException | IllegalArgumentException e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.p2mdbg.debug", e.getMessage()));
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, "org.p2mdbg.debug", "cannot read " + file + ": " + e.getMessage()));
        } finally {
            monitor.done();
        }
    }
}
