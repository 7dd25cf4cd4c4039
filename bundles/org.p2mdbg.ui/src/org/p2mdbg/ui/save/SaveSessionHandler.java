package org.p2mdbg.ui.save;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.p2mdbg.core.store.SessionFormat;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;

/** File > Save Session As…: the current session, its scenario, options and every event, into a .p2mt file. */
public final class SaveSessionHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        P2mSession session = SessionManager.get().current();
        String why = SaveSessionJob.whyNotSavable(session);
        if (why != null) {
            MessageDialog.openError(shell, "Cannot save the session", why);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Session As");
        dialog.setFilterExtensions(new String[] {"*" + SessionFormat.EXTENSION});
        dialog.setFilterNames(new String[] {"P2M sessions (*" + SessionFormat.EXTENSION + ")"});
        dialog.setFileName(session.name().replaceFirst("\\.p2mt?$", "") + SessionFormat.EXTENSION);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Path target = Path.of(chosen.endsWith(SessionFormat.EXTENSION) ? chosen : chosen + SessionFormat.EXTENSION);
            new SaveSessionJob(session, target).schedule();
        }
        return null;
    }
}
