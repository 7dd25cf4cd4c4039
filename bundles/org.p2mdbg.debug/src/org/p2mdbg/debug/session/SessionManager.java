package org.p2mdbg.debug.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session the views show: one at a time (the last opened or launched). Listeners are told of
 * a new session on the thread that opened it, and of position changes on the sessions' confining
 * thread ({@link SessionConfinement}); views hop to the UI thread themselves.
 */
public final class SessionManager {
    private static final SessionManager INSTANCE = new SessionManager();

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile P2mSession current;
    private volatile SessionConfinement confinement = new SessionThread();

    private SessionManager() {
        // findings become markers on the scenario, whichever view or launch opened the session
        listeners.add(new FindingMarkers());
    }

    public static SessionManager get() { return INSTANCE; }

    public P2mSession current() { return current; }

    public void setCurrent(P2mSession session) {
        P2mSession old = current;
        current = session;
        if (old != null && old != session) {
            old.setManager(null);
        }
        if (session != null) {
            session.setManager(this);
        }
        listeners.forEach(l -> l.sessionChanged(session));
    }

    /** Where every session's position changes and model reads run. */
    public SessionConfinement confinement() { return confinement; }

    /**
     * Confines sessions to another thread (the workbench's UI thread). The switch itself runs on
     * the old thread, so no position change is still running there when the new one takes over.
     */
    public void confineTo(SessionConfinement next) {
        confinement.runAndWait(() -> confinement = next);
    }

    public void addListener(SessionListener l) { listeners.add(l); }

    public void removeListener(SessionListener l) { listeners.remove(l); }

    void firePositionChanged(P2mSession session) {
        if (session == current) {
            listeners.forEach(l -> l.positionChanged(session));
        }
    }
}
