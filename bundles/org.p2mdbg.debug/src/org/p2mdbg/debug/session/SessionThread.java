package org.p2mdbg.debug.session;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A dedicated daemon thread that confines sessions where no UI thread does (headless, tests). */
public final class SessionThread implements SessionConfinement {
    private final ExecutorService executor;
    private volatile Thread thread;

    public SessionThread() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "P2M session");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    @Override
    public void runAndWait(Runnable task) {
        if (Thread.currentThread() == thread) {
            task.run();
            return;
        }
        Future<?> done = executor.submit(task);
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the session thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
