package org.p2mdbg.core.scenario;

/**
 * What to say when a run outgrows the Java heap: a run keeps every event (about 30 bytes each), so
 * populating and destroying a 64 GiB guest needs some 4 GiB. Shared by the CLI and the IDE, which
 * differ only in how the heap is given more room.
 */
public final class RunOutOfMemory {
    private RunOutOfMemory() {}

    /** The message, ending with {@code remedy} (how this front end's heap grows). */
    public static String message(String remedy) {
        return "out of memory: the run records every event (about 30 bytes each) and the Java heap holds at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; " + remedy + ", or make the scenario smaller";
    }
}
