package org.p2mdbg.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionListener;
import org.p2mdbg.debug.session.SessionManager;

/**
 * A view that shows the current session: it is told, on the UI thread, when a session is opened
 * (or closed) and when the session moves to another event. Sessions tell their listeners on the
 * thread that made the change (a Job opening a scenario, the debug target stepping), so every view
 * hops to the display here, once, instead of each doing it.
 */
public abstract class SessionViewPart extends ViewPart {
    private final SessionListener listener = new SessionListener() {
        @Override
        public void sessionChanged(P2mSession session) { inUi(() -> deliver(session, false)); }

        @Override
        public void positionChanged(P2mSession session) { inUi(() -> deliver(session, true)); }
    };
    /** The display sessions are confined to, once a view installed it. */
    private static Display confinedTo;
    /** The session the view shows (null: none). */
    private P2mSession shown;

    @Override
    public final void createPartControl(Composite parent) {
        confineSessionsTo(parent.getDisplay());
        createControls(parent);
        SessionManager.get().addListener(listener);
        shown = SessionManager.get().current();
        showSession(shown);
    }

    /**
     * Shows a notification once it reaches the UI thread. By then another session may have been
     * opened (a Job opened one while the UI thread opened another): a notification about a session
     * that is no longer current is dropped, as the newer one's follows; a move of a session the
     * view does not show yet shows that session.
     */
    private void deliver(P2mSession session, boolean moved) {
        if (session != SessionManager.get().current()) {
            return;
        }
        if (moved && session == shown) {
            showPosition(session);
        } else {
            shown = session;
            showSession(session);
        }
    }

    /** Makes the view's widgets; the current session is shown right after. */
    protected abstract void createControls(Composite parent);

    /** The control whose disposal means the view is gone. */
    protected abstract Control mainControl();

    /** Shows a session from scratch (null: none is open). */
    protected abstract void showSession(P2mSession session);

    /** The session moved to another event: the machine state matches {@code session.position()}. */
    protected abstract void showPosition(P2mSession session);

    /**
     * Views read the sessions' model on the UI thread, so sessions move there too: a step from the
     * Debug view's job waits for the UI thread instead of changing the model under a view.
     */
    private static void confineSessionsTo(Display display) {
        if (confinedTo != display) {
            confinedTo = display;
            SessionManager.get().confineTo(task -> {
                if (Display.getCurrent() == display) {
                    task.run();
                } else {
                    display.syncExec(task);
                }
            });
        }
    }

    /** The session the views show, or null. */
    protected static P2mSession session() { return SessionManager.get().current(); }

    private void inUi(Runnable r) {
        Control c = mainControl();
        if (c == null || c.isDisposed()) {
            return;
        }
        Display d = c.getDisplay();
        if (Display.getCurrent() == d) {
            r.run();
        } else {
            d.asyncExec(() -> {
                if (!c.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void setFocus() { mainControl().setFocus(); }

    @Override
    public void dispose() {
        SessionManager.get().removeListener(listener);
        super.dispose();
    }
}
