package org.p2mdbg.ui.dump;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Guest Dump…: picks a QEMU dump-guest-memory core and opens it in the background. */
public final class OpenGuestDumpHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setText("Open Guest Dump");
        dialog.setFilterExtensions(new String[] {"*.elf;*.core;*.dump;*.img", "*"});
        dialog.setFilterNames(new String[] {"QEMU guest-memory dumps", "All files"});
        String chosen = dialog.open();
        if (chosen != null) {
            new OpenGuestDumpJob(Path.of(chosen)).schedule();
        }
        return null;
    }
}
