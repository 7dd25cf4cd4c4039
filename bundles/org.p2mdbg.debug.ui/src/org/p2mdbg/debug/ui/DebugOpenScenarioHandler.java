package org.p2mdbg.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;

/**
 * Run → Debug Open Scenario: debugs the scenario file of the session the views show (an example
 * opened from the Welcome page, a file from File → Open Scenario…). The product has no workspace
 * projects to right-click for Debug As, so this is its way from an open example to the debugger.
 */
public final class DebugOpenScenarioHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        P2mSession session = SessionManager.get().current();
        if (session == null || session.file() == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Debug Open Scenario",
                    "No scenario file is open: open one with File → Open Scenario… or from the Welcome page first.");
            return null;
        }
        try {
            DebugUITools.launch(ScenarioLaunchShortcut.configurationFor(session.file()), ILaunchManager.DEBUG_MODE);
        } catch (CoreException e) {
            ErrorDialog.openError(HandlerUtil.getActiveShell(event), "Debug Open Scenario", "Cannot debug " + session.name(), e.getStatus());
        }
        return null;
    }
}
