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
import org.p2mdbg.core.dump.Aarch64Registers;

/**
 * Opens a dump off the UI thread, adds it to the Page Tables view's roots and shows it in the Guest
 * Dump view (which scans its mappings in a job of its own). Failures go to a message dialog with the
 * reason only: a bad file is the user's problem to fix, not a bug to report.
 */
public final class OpenGuestDumpJob extends Job {
    private final Path file;
    private final Aarch64Registers arm;

    /** @param arm the translation registers of an AArch64 core, null for x86-64 */
    public OpenGuestDumpJob(Path file, Aarch64Registers arm) {
        super("Opening guest dump " + file.getFileName());
        this.file = file;
        this.arm = arm;
        setUser(true);
    }

    public OpenGuestDumpJob(Path file) { this(file, null); }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            monitor.beginTask("Reading " + file.getFileName(), IProgressMonitor.UNKNOWN);
            GuestDump dump = GuestDump.open(file, arm);
            ui(() -> show(dump));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            ui(() -> MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    "Open Guest Dump", "Cannot open " + file + ":\n\n" + reason));
        }
        return Status.OK_STATUS;
    }

    private static void show(GuestDump dump) {
        GuestDumps.get().add(dump);
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
