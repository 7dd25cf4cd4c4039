package org.p2mdbg.ui.open;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Scenario…: picks a .p2m scenario or a saved .p2mt session and opens it in the background. */
public final class OpenScenarioHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
        dialog.setText("Open Scenario");
        dialog.setFilterExtensions(new String[] {"*.p2m;*.p2mt", "*.p2m", "*.p2mt", "*"});
        dialog.setFilterNames(new String[] {"P2M scenarios and saved sessions", "P2M scenarios (*.p2m)", "Saved sessions (*.p2mt)", "All files"});
        String chosen = dialog.open();
        if (chosen != null) {
            new OpenScenarioJob(Path.of(chosen)).schedule();
        }
        return null;
    }
}
