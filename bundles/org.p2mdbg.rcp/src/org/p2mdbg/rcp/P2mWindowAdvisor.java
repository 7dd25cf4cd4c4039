package org.p2mdbg.rcp;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, menus. */
final class P2mWindowAdvisor extends WorkbenchWindowAdvisor {
    P2mWindowAdvisor(IWorkbenchWindowConfigurer configurer) { super(configurer); }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new P2mActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 800));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);   // opening a scenario is a Job: its progress and Cancel show here
        c.setShowPerspectiveBar(false);
        c.setTitle("P2M Debugger");
    }
}
