package org.p2mdbg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.store.Session;
import org.p2mdbg.core.store.SessionFiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code p2mdbg run FILE [--json] [--trace OUT] [--fail-on-findings] [--option NAME=VALUE]...}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs a scenario to its end and summarises it.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--json", description = "print one JSON object (SCENARIOS.md) and nothing else")
    boolean json;

    @Option(names = "--trace", paramLabel = "OUT", description = "also save the session (scenario, options, every event) to OUT, a .p2mt file")
    Path traceOut;

    @Option(names = "--fail-on-findings", description = "exit with 1 when a rule check found something")
    boolean failOnFindings;

    @Override public Integer call() throws IOException {
        if (traceOut != null && Files.exists(traceOut) && Files.exists(input.file) && Files.isSameFile(traceOut, input.file)) {
            throw new BadInputException("--trace " + traceOut + " would overwrite the input " + input.file + ": give another file");
        }
        Session session = input.load();
        RunResult r = session.result();
        if (traceOut != null) {
            try (ProgressLine progress = ProgressLine.on(spec.commandLine().getErr())) {
                progress.phase("saving " + r.events() + " events to " + traceOut);
                SessionFiles.save(traceOut, session);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + traceOut + ": " + Main.describe(e), e);
            }
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            spec.commandLine().getOut().println(mapper.writeValueAsString(RunJson.of(r)));
        } else {
            RunText.print(r, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return failOnFindings && !r.findings().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
