package org.p2mdbg.ui.dump;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.p2mdbg.core.dump.Aarch64Registers;
import org.p2mdbg.core.dump.ElfMachine;

/**
 * File > Open Guest Dump…: picks a QEMU dump-guest-memory core, asks for the translation registers
 * of an AArch64 one, and opens it in the background.
 */
public final class OpenGuestDumpHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Guest Dump");
        dialog.setFilterExtensions(new String[] {"*.elf;*.core;*.dump;*.img", "*"});
        dialog.setFilterNames(new String[] {"QEMU guest-memory dumps", "All files"});
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        Aarch64Registers arm = null;
        try {
            if (GuestDump.machineOf(file) == ElfMachine.AARCH64) {
                Aarch64RegistersDialog ask = new Aarch64RegistersDialog(shell, file);
                if (ask.open() != Window.OK) {
                    return null;
                }
                arm = ask.registers();
            }
        } catch (IOException e) {
            MessageDialog.openError(shell, "Open Guest Dump", "Cannot open " + file + ":\n\n" + e.getMessage());
            return null;
        }
        new OpenGuestDumpJob(file, arm).schedule();
        return null;
    }
}
