package org.p2mdbg.core.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The example scenarios of the repository's examples/ folder, found from wherever the tests run. */
public final class Examples {
    private Examples() {}

    public static Path path(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    public static RunResult run(String name) {
        try {
            return ScenarioRunner.run(path(name), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
