package org.p2mdbg.rcp;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.p2mdbg.ui.open.OpenScenarioJob;

/**
 * Opens the session the product starts with: the scenario given with {@code -scenario}, or the
 * built-in example (examples/thin-slice.p2m, packed into this bundle by the build), in a Job with
 * progress; a bad scenario is reported in an error dialog, never as a stack trace.
 */
final class StartupSession {
    static final String BUILT_IN = Example.FOLDER + "/thin-slice.p2m";

    private StartupSession() {}

    static void open(Path requested) {
        try {
            new OpenScenarioJob(requested != null ? requested : builtIn()).schedule();
        } catch (IOException e) {
            OpenScenarioJob.report(Path.of(BUILT_IN), e.getMessage());
        }
    }

    private static Path builtIn() throws IOException {
        URL entry = Platform.getBundle("org.p2mdbg.rcp").getEntry(BUILT_IN);
        if (entry == null) {
            throw new IOException("the built-in example " + BUILT_IN + " is missing from the product");
        }
        return Path.of(FileLocator.toFileURL(entry).getPath());
    }
}
