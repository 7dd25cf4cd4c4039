package org.p2mdbg.ui.inspector;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.core.inject.DescriptorInjection;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;

/**
 * The inspector's "Inject a fault…": edits the inspected descriptor as it reads at the current
 * event and re-runs the scenario with that write injected right after the current event.
 */
final class InjectFaultAction extends Action {
    private final DescriptorInspectorView view;

    InjectFaultAction(DescriptorInspectorView view) {
        super("Inject a fault into this descriptor and re-run…");
        this.view = view;
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJS_WARN_TSK));
    }

    @Override
    public void run() {
        P2mSession session = SessionManager.get().current();
        InspectedEntry entry = view.shown();
        if (session == null || entry == null || !session.machine().frames().exists(entry.table())) {
            return;
        }
        InjectFaultDialog dialog = new InjectFaultDialog(view.getSite().getShell(), entry, entry.valueIn(session.machine().frames()));
        if (dialog.open() == Window.OK) {
            inject(session, entry, dialog.edited(), dialog.what()).schedule();
        }
    }

    /** The job that re-runs {@code session} with {@code entry} set to {@code value} after the current event. */
    static FaultInjectionJob inject(P2mSession session, InspectedEntry entry, long value, String what) {
        return new FaultInjectionJob(session, new DescriptorInjection(session.position(), entry.table(), entry.index(), entry.level(), value, what));
    }
}
