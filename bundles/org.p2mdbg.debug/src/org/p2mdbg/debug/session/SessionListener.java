package org.p2mdbg.debug.session;

/** Told when the current session changes or moves to another event of its trace. */
public interface SessionListener {
    /** A session was opened or closed (null when none is open). */
    void sessionChanged(P2mSession session);

    /** The session's trace position moved (stepping, jumping); the machine state matches the new position. */
    default void positionChanged(P2mSession session) {
        // views that only show static content need not react
    }
}
