package org.p2mdbg.debug.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.store.Session;
import org.p2mdbg.core.store.SessionFiles;
import org.p2mdbg.core.store.SessionSource;

/**
 * Runs a scenario file to its end, or loads a saved session (.p2mt), and makes it the current
 * session. Every way of starting a session comes here, so all scenarios run with the options
 * {@link SessionOptions#resolve} gives for their launch overrides, and the session records them. A
 * saved session runs again with the options it was saved with, as on the command line.
 */
public final class SessionOpener {
    private SessionOpener() {}

    /**
     * @throws ScenarioException for a malformed scenario (file:line:col in its message)
     * @throws IOException       when the file cannot be read, or a saved session is damaged or no longer reproduced
     */
    public static P2mSession open(Path file, Map<String, String> launchOverrides) throws IOException {
        return open(file, launchOverrides, new NullProgressMonitor());
    }

    /**
     * As {@link #open(Path, Map)}, statement by statement, telling a progress monitor (from a Job)
     * how far the run is and stopping between two statements when it is cancelled; the current
     * session is then left as it was.
     *
     * @throws OperationCanceledException when the monitor was cancelled
     * @throws IllegalArgumentException   for a bad option value (the message names the option), or
     *                                    launch options given for a saved session
     */
    public static P2mSession open(Path file, Map<String, String> launchOverrides, IProgressMonitor monitor) throws IOException {
        String name = file.getFileName().toString();
        if (SessionFiles.isSession(file)) {
            if (!launchOverrides.isEmpty()) {
                throw new IllegalArgumentException(name + " is a saved session: it runs again with the options it was saved with,"
                        + " so the launch's options (" + SessionOptions.describe(launchOverrides) + ") cannot apply; clear them");
            }
            SubMonitor.convert(monitor, "Loading " + name + ": running it again and checking every event against the file", 1);
            Session saved = SessionFiles.load(file);
            return publish(new P2mSession(name, file, saved.source(), saved.result()));
        }
        SessionSource source = SessionSource.read(file, SessionOptions.resolve(launchOverrides));
        Scenario scenario = source.parse();
        ScenarioRunner runner = ScenarioRunner.start(scenario, source.overrides());
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + name, scenario.size() + 1);
        while (runner.hasNext()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(scenario.statement(runner.position()).text());
            runner.step();
            progress.worked(1);
        }
        progress.subTask("Checking the rules and building the views' model");
        return publish(new P2mSession(name, file, source, runner.result()));
    }

    private static P2mSession publish(P2mSession session) {
        SessionManager.get().setCurrent(session);
        return session;
    }
}
