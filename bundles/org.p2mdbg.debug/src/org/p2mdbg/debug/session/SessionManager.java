package org.p2mdbg.debug.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session the views show: one at a time (the last opened or launched). Listeners are told on
 * the thread that made the change; views hop to the UI thread themselves.
 */
public final class SessionManager {
    private static final SessionManager INSTANCE = new SessionManager();

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile P2mSession current;

    private SessionManager() {}

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

    public void addListener(SessionListener l) { listeners.add(l); }

    public void removeListener(SessionListener l) { listeners.remove(l); }

    void firePositionChanged(P2mSession session) {
        if (session == current) {
            listeners.forEach(l -> l.positionChanged(session));
        }
    }
}
