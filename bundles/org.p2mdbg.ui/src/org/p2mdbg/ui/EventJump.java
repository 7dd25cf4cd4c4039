package org.p2mdbg.ui;

import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.p2mdbg.debug.session.P2mSession;

/**
 * Makes an event the current one, as the debugger's "stand on" convention has it: after a jump to
 * event e the machine shows e's effect (the cursor is at e + 1). The jump runs on the UI thread,
 * under a busy cursor, because the live model the views read is refreshed in place as it goes.
 */
public final class EventJump {
    private EventJump() {}

    public static void to(P2mSession session, long event) {
        if (session == null || event < 0 || event >= session.trace().size()) {
            return;
        }
        Display display = Display.getCurrent();
        Runnable seek = () -> session.seek(event + 1);
        if (display == null) {
            seek.run();
        } else {
            BusyIndicator.showWhile(display, seek);
        }
    }

    /** The event the session stands on (the last one that happened), -1 at the start of the trace. */
    public static long current(P2mSession session) { return session == null ? -1 : session.position() - 1; }
}
