package org.p2mdbg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.store.Session;
import org.p2mdbg.core.store.SessionFiles;
import org.p2mdbg.core.store.SessionFormatException;
import org.p2mdbg.core.store.SessionSource;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The arguments every command that runs a scenario shares: the file and option overrides. The file
 * is a scenario, or a session saved by {@code run --trace} (recognised by its first bytes), which
 * is loaded by running its scenario again and checking the trace (docs/FILE-FORMAT.md).
 */
final class ScenarioInput {
    /** The command this is part of: its error stream shows the progress of long runs. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario (*.p2m) or a saved session (*.p2mt)")
    Path file;

    @Option(names = "--option", paramLabel = "NAME=VALUE", description = "set an option, winning over the scenario's own option lines")
    Map<String, String> options = new LinkedHashMap<>();

    /** Reads the file and runs it to its end (a session: runs it again and checks it). */
    Session load() {
        if (!Files.exists(file)) {
            throw new BadInputException("cannot read " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException("cannot read " + file + ": it is a directory, not a scenario or session file");
        }
        try (ProgressLine progress = ProgressLine.on(command.commandLine().getErr())) {
            if (SessionFiles.isSession(file)) {
                if (!options.isEmpty()) {
                    throw new BadInputException("--option: " + file + " is a saved session, which runs again with the options it was saved with");
                }
                progress.phase("loading " + file + ": running its scenario again and checking every event against the file");
                return SessionFiles.load(file);
            }
            SessionSource source = SessionSource.read(file, options);
            checkOptions();
            return new Session(source, source.run(progress::phase));
        } catch (SessionFormatException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + Main.describe(e), e);
        }
    }

    private void checkOptions() {
        Options check = new Options();
        try {
            options.forEach(check::set);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--option: " + e.getMessage(), e);
        }
    }
}
