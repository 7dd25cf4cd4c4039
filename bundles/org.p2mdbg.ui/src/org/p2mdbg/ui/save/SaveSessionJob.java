package org.p2mdbg.ui.save;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.p2mdbg.core.store.AtomicFiles;
import org.p2mdbg.core.store.Session;
import org.p2mdbg.core.store.SessionWriter;
import org.p2mdbg.debug.session.P2mSession;

/**
 * Saves a session to a .p2mt file in the background: written to a temporary file beside the
 * target and moved over it only when complete, so a failed or cancelled save leaves no file (or
 * the old one) and never half of one. Errors come back as the job's error status, which the
 * workbench shows in a dialog.
 */
public final class SaveSessionJob extends Job {
    private final P2mSession session;
    private final Path target;

    public SaveSessionJob(P2mSession session, Path target) {
        super("Saving " + session.name() + " to " + target.getFileName());
        this.session = session;
        this.target = target;
        setUser(true);
    }

    /** Why a session cannot be saved, null when it can. */
    public static String whyNotSavable(P2mSession session) {
        return session == null ? "No session is open." : null;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String why = whyNotSavable(session);
        if (why != null) {
            return Status.error(why);
        }
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            save(session, target, monitor);
            return Status.OK_STATUS;
        } catch (InterruptedIOException cancelled) {
            return Status.CANCEL_STATUS;
        } catch (IOException e) {
            return Status.error("Cannot save " + target + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } finally {
            monitor.done();
        }
    }

    /**
     * Writes the session file; a cancelled monitor stops the write with an {@link InterruptedIOException}
     * and the target is left as it was.
     */
    public static void save(P2mSession session, Path target, IProgressMonitor monitor) throws IOException {
        Session saved = new Session(session.source(), session.result());
        AtomicFiles.write(target, out -> SessionWriter.write(saved, session.endStateHash(), cancellable(out, monitor)));
    }

    /** Checks for cancellation once per 64 KiB written. */
    private static OutputStream cancellable(OutputStream out, IProgressMonitor monitor) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                tick(1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                tick(len);
            }

            private void tick(int n) throws InterruptedIOException {
                long before = written;
                written += n;
                if ((before >>> 16) != (written >>> 16) || before == 0) {
                    if (monitor.isCanceled()) {
                        throw new InterruptedIOException("cancelled");
                    }
                }
            }
        };
    }
}
