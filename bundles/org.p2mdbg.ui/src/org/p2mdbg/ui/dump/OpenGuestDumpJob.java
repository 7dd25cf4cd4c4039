package org.p2mdbg.ui.dump;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Reads and scans a dump off the UI thread (a large guest's tables take a while), then shows it in
 * the Guest Dump view. Failures go to a message dialog with the reason only: a bad file is the
 * user's problem to fix, not a bug to report.
 */
public final class OpenGuestDumpJob extends Job {
    private final Path file;

    public OpenGuestDumpJob(Path file) {
        super("Opening guest dump " + file.getFileName());
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            GuestDump dump = GuestDump.open(file);
            ui(() -> show(dump));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            ui(() -> MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    "Open Guest Dump", "Cannot open " + file + ":\n\n" + reason));
        }
        return Status.OK_STATUS;
    }

    private static void show(GuestDump dump) {
        try {
            GuestDumpView view = (GuestDumpView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(GuestDumpView.ID);
            view.show(dump);
        } catch (PartInitException e) {
            MessageDialog.openError(null, "Open Guest Dump", "Cannot show the Guest Dump view: " + e.getMessage());
        }
    }

    private static void ui(Runnable r) {
        if (!PlatformUI.getWorkbench().getDisplay().isDisposed()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(r);
        }
    }
}
