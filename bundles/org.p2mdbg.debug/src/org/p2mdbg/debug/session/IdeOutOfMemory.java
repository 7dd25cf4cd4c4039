package org.p2mdbg.debug.session;

import org.p2mdbg.core.scenario.RunOutOfMemory;

/** The IDE's words for a run that outgrew the heap: the CLI's, with the IDE's way to give it more. */
public final class IdeOutOfMemory {
    private IdeOutOfMemory() {}

    public static String message() {
        return RunOutOfMemory.message("give the IDE more heap (-Xmx in its eclipse.ini; P2MDBG_HEAP=8g when p2mdbg starts it)");
    }
}
