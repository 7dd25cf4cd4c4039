package org.p2mdbg.debug.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ScenarioRunner;

/** Runs a scenario file to its end and makes it the current session. */
public final class SessionOpener {
    private SessionOpener() {}

    /**
     * @throws ScenarioException for a malformed scenario (file:line:col in its message)
     * @throws IOException       when the file cannot be read
     */
    public static P2mSession open(Path file, Map<String, String> options) throws IOException {
        RunResult result = ScenarioRunner.run(file, options);
        P2mSession session = new P2mSession(file.getFileName().toString(), file, result);
        SessionManager.get().setCurrent(session);
        return session;
    }
}
