package org.p2mdbg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioFiles;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.scenario.ast.Scenario;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments every command that runs a scenario shares: the file and option overrides. */
final class ScenarioInput {
    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario (*.p2m)")
    Path file;

    @Option(names = "--option", paramLabel = "NAME=VALUE", description = "set an option, winning over the scenario's own option lines")
    Map<String, String> options = new LinkedHashMap<>();

    /** Parses and runs the scenario to its end. */
    RunResult run() {
        Scenario scenario;
        try {
            scenario = ScenarioFiles.parse(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + Main.describe(e), e);
        }
        ScenarioRunner runner;
        try {
            runner = ScenarioRunner.start(scenario, options);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--option: " + e.getMessage(), e);
        }
        return runner.runToEnd();
    }
}
