package org.p2mdbg.debug.session;

/**
 * The one thread on which sessions move through their traces and the model they refresh is read:
 * the core's frame store and the lazy EMF model are not thread-safe, so a step from the Debug view,
 * a jump from a view and a running Resume all change the position here, one at a time, and EMF
 * notifications and the views' position events are delivered on this thread. In the workbench it is
 * the UI thread (the views install it); elsewhere a {@link SessionThread}.
 */
@FunctionalInterface
public interface SessionConfinement {
    /**
     * Runs a task on the confining thread and returns once it has run; runs it at once when called
     * on that thread. An unchecked exception of the task is thrown to the caller.
     */
    void runAndWait(Runnable task);
}
