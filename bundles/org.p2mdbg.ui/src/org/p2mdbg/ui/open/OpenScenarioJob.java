package org.p2mdbg.ui.open;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.debug.session.IdeOutOfMemory;
import org.p2mdbg.debug.session.SessionOpener;

/**
 * Opens a scenario file as the current session in the background: the run shows its progress
 * statement by statement and can be cancelled; a scenario that does not parse or run, an unreadable
 * file or a bad preferred option is reported in an error dialog (the message names file:line:col),
 * never as a stack trace. The session runs with the preferred algorithm variants and {@code overrides}
 * on top ({@link org.p2mdbg.debug.session.SessionOptions}).
 */
public final class OpenScenarioJob extends Job {
    private final Path file;
    private final Map<String, String> overrides;

    public OpenScenarioJob(Path file) { this(file, Map.of()); }

    public OpenScenarioJob(Path file, Map<String, String> overrides) {
        super("Opening " + file.getFileName());
        this.file = file;
        this.overrides = Map.copyOf(overrides);
        setUser(true);
        setPriority(Job.LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            SessionOpener.open(file, overrides, monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ScenarioException | IOException | IllegalArgumentException e) {
            report(file, e.getMessage() == null ? e.toString() : e.getMessage());
            return Status.CANCEL_STATUS;   // already reported in a dialog
        } catch (OutOfMemoryError e) {
            report(file, IdeOutOfMemory.message());   // the half-run is unreachable by now: there is room to say so
            return Status.CANCEL_STATUS;
        }
    }

    /** Shows why a scenario could not be opened, in a dialog, and logs it. */
    public static void report(Path file, String message) {
        Platform.getLog(OpenScenarioJob.class).log(Status.warning("Cannot open " + file + ": " + message));
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display d = PlatformUI.getWorkbench().getDisplay();
        d.asyncExec(() -> {
            Shell shell = d.getActiveShell();
            MessageDialog.openError(shell, "Cannot open " + file.getFileName(), message);
        });
    }
}
