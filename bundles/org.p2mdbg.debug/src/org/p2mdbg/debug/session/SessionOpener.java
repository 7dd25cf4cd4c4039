package org.p2mdbg.debug.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ScenarioFiles;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.scenario.ast.Scenario;

/**
 * Runs a scenario file to its end and makes it the current session. Every way of starting a
 * session comes here, so all run with the options {@link SessionOptions#resolve} gives for their
 * launch overrides, and the session records them.
 */
public final class SessionOpener {
    private SessionOpener() {}

    /**
     * @throws ScenarioException for a malformed scenario (file:line:col in its message)
     * @throws IOException       when the file cannot be read
     */
    public static P2mSession open(Path file, Map<String, String> launchOverrides) throws IOException {
        Map<String, String> options = SessionOptions.resolve(launchOverrides);
        RunResult result = ScenarioRunner.run(file, options);
        P2mSession session = new P2mSession(file.getFileName().toString(), file, result, options);
        SessionManager.get().setCurrent(session);
        return session;
    }

    /**
     * As {@link #open(Path, Map)}, statement by statement, telling a progress monitor (from a Job)
     * how far the run is and stopping between two statements when it is cancelled; the current
     * session is then left as it was.
     *
     * @throws OperationCanceledException when the monitor was cancelled
     * @throws IllegalArgumentException   for a bad option value (the message names the option)
     */
    public static P2mSession open(Path file, Map<String, String> launchOverrides, IProgressMonitor monitor) throws IOException {
        Map<String, String> options = SessionOptions.resolve(launchOverrides);
        Scenario scenario = ScenarioFiles.parse(file);
        ScenarioRunner runner = ScenarioRunner.start(scenario, options);
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + file.getFileName(), scenario.size() + 1);
        while (runner.hasNext()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(scenario.statement(runner.position()).text());
            runner.step();
            progress.worked(1);
        }
        progress.subTask("Checking the rules and building the views' model");
        P2mSession session = new P2mSession(file.getFileName().toString(), file, runner.result(), options);
        SessionManager.get().setCurrent(session);
        return session;
    }
}
