package org.p2mdbg.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Add P2M Breakpoint dialog (Breakpoints view toolbar, Run menu). */
public final class AddBreakpointHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        new AddBreakpointDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
