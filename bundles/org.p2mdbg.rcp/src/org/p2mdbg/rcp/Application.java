package org.p2mdbg.rcp;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The standalone P2M Debugger: a workbench opening the P2M Debugger perspective with the built-in
 * example session. {@code -selftest DIR} makes it check itself, write a screenshot and a verdict
 * into DIR and exit (status 0 only when the example session was shown).
 */
public final class Application implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        LaunchArguments launch = LaunchArguments.parse(args == null ? new String[0] : args);
        Display display = PlatformUI.createDisplay();
        try {
            P2mWorkbenchAdvisor advisor = new P2mWorkbenchAdvisor(launch);
            int rc = PlatformUI.createAndRunWorkbench(display, advisor);
            if (rc == PlatformUI.RETURN_RESTART) {
                return IApplication.EXIT_RESTART;
            }
            return advisor.exitCode();
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
