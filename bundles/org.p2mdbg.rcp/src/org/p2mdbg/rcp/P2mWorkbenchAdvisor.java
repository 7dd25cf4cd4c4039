package org.p2mdbg.rcp;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.p2mdbg.ui.P2mPerspective;

/** Opens the P2M Debugger perspective, then the example (or given) session; runs the self-test when asked. */
final class P2mWorkbenchAdvisor extends WorkbenchAdvisor {
    private final LaunchArguments launch;
    private volatile int exitCode;

    P2mWorkbenchAdvisor(LaunchArguments launch) { this.launch = launch; }

    int exitCode() { return exitCode; }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // a self-test leaves nothing behind that would change the next start
        configurer.setSaveAndRestore(!launch.selfTest());
    }

    @Override
    public String getInitialWindowPerspectiveId() { return P2mPerspective.ID; }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new P2mWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        StartupSession.open(launch.scenario());
        if (launch.selfTest()) {
            new SelfTest(getWorkbenchConfigurer().getWorkbench(), launch.selfTestDir(), code -> exitCode = code).schedule();
        }
    }
}
