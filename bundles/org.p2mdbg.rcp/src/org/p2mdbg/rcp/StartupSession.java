package org.p2mdbg.rcp;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.debug.session.SessionOpener;

/**
 * Opens the session the product starts with: the scenario given with {@code -scenario}, or the
 * built-in example (examples/thin-slice.p2m, packed into this bundle by the build). It runs as a
 * Job; a bad scenario is reported in an error dialog, never as a stack trace.
 */
final class StartupSession {
    static final String BUILT_IN = "examples/thin-slice.p2m";

    private StartupSession() {}

    static void open(Path requested) {
        Job job = Job.create("Opening P2M session", (IProgressMonitor monitor) -> {
            try {
                Path file = requested != null ? requested : builtIn();
                monitor.beginTask("Running " + file.getFileName(), IProgressMonitor.UNKNOWN);
                SessionOpener.open(file, Map.of());
                return Status.OK_STATUS;
            } catch (ScenarioException | IOException e) {
                report(e.getMessage());
                return Status.CANCEL_STATUS;   // already reported in a dialog
            } finally {
                monitor.done();
            }
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    private static Path builtIn() throws IOException {
        URL entry = Platform.getBundle("org.p2mdbg.rcp").getEntry(BUILT_IN);
        if (entry == null) {
            throw new IOException("the built-in example " + BUILT_IN + " is missing from the product");
        }
        return Path.of(FileLocator.toFileURL(entry).getPath());
    }

    private static void report(String message) {
        Display d = PlatformUI.getWorkbench().getDisplay();
        d.asyncExec(() -> MessageDialog.openError(d.getActiveShell(), "Cannot open the scenario", message));
        Platform.getLog(StartupSession.class).log(Status.error(message));
    }

}
