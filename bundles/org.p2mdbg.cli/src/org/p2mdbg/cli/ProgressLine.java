package org.p2mdbg.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a long command is doing, on standard error, once it has taken {@link #QUIET_MS}: a huge guest
 * runs for tens of seconds and would otherwise look hung. On a terminal one line is rewritten every
 * second and erased at the end; into a file or a pipe a line is added every {@link #LOG_EVERY_MS}.
 * Short runs (every example, every test) print nothing. Ctrl-C stops a run; nothing is half-written,
 * as saves are atomic.
 */
final class ProgressLine implements AutoCloseable {
    static final long QUIET_MS = 2_000;
    static final long LOG_EVERY_MS = 10_000;

    /** When the first progress line of this command was made: the times shown run from there. */
    private static final long COMMAND_START = System.nanoTime();

    private final PrintWriter err;
    private final boolean terminal;
    private final long logEveryMs;
    private final ScheduledExecutorService ticker;
    private volatile String phase = "starting";
    // written by the ticker only, read by close() after the ticker has stopped
    private int shownWidth;
    private long lastLogged = Long.MIN_VALUE / 2;

    /** A line after {@code quietMs}, then every {@code periodMs} on a terminal, every {@code logEveryMs} elsewhere. */
    ProgressLine(PrintWriter err, boolean terminal, long quietMs, long periodMs, long logEveryMs) {
        this.err = err;
        this.terminal = terminal;
        this.logEveryMs = logEveryMs;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "p2mdbg progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, quietMs, periodMs, TimeUnit.MILLISECONDS);
    }

    /** A progress line on {@code err}, rewritten in place when the command runs in a terminal. */
    static ProgressLine on(PrintWriter err) { return new ProgressLine(err, inTerminal(), QUIET_MS, 1_000, LOG_EVERY_MS); }

    /** Says what the command does from now on. */
    void phase(String what) { phase = what; }

    private void tick() {
        long ms = elapsedMs();
        String line = "p2mdbg: " + ms / 1000 + " s: " + phase;
        if (terminal) {
            line = line.length() > 119 ? line.substring(0, 116) + "..." : line;
            err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
            shownWidth = line.length();
            err.flush();
        } else if (ms - lastLogged >= logEveryMs) {
            err.println(line);
            err.flush();
            lastLogged = ms;
        }
    }

    private static long elapsedMs() { return (System.nanoTime() - COMMAND_START) / 1_000_000; }

    @Override public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
        }
    }

    /**
     * Whether standard input and output are a terminal. Java 22 added Console.isTerminal(), and
     * from then on System.console() is not null when they are redirected; Java 21 has only the
     * null test.
     */
    private static boolean inTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
